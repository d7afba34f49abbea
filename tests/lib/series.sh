# shellcheck shell=bash
# The files the series adds to the kernel tree, at their paths there; the
# changes to existing files are in patches/.
new_files=(include/acpi/processor_extcntl.h drivers/acpi/processor_extcntl.c
	   drivers/xen/acpi_processor.c drivers/xen/acpi_processor_xlate.c
	   drivers/xen/acpi_processor_xlate.h drivers/xen/acpi_processor_xlate_test.c
	   arch/x86/xen/platform_hypercall.h)
# What the out-of-tree build of the Xen backend (Kbuild) takes.
backend_files=(Kbuild drivers/xen/acpi_processor.c drivers/xen/acpi_processor_xlate.c
	       drivers/xen/acpi_processor_xlate.h drivers/xen/acpi_processor_xlate_test.c
	       arch/x86/xen/platform_hypercall.h)
