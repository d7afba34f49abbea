# The project's entry points; see README.md.  The out-of-tree module build
# reads Kbuild, not this file.

.PHONY: all deps demo check bench clean

all: check

deps:
	tests/lib/deps.sh

demo: deps
	tests/demo

check: deps
	tests/run

bench: deps
	tests/bench

clean:
	rm -rf build
