# The project's entry points; see README.md.  The out-of-tree module build
# reads Kbuild, not this file.

.PHONY: all deps demo check bench fuzz series fixes clean

all: check

deps:
	tests/lib/deps.sh

demo: deps
	tests/demo

check: deps
	tests/run

bench: deps
	tests/bench

series: deps
	tests/lib/make-series.sh

fixes: deps
	tests/lib/make-fixes.sh

fuzz:
	tests/lib/deps.sh fuzz
	tests/fuzz/run

clean:
	rm -rf build
