/* SPDX-License-Identifier: GPL-2.0 */
/* ACPICA's evaluated objects, with the members and values of actypes.h. */
#ifndef SHIM_LINUX_ACPI_H
#define SHIM_LINUX_ACPI_H

#include <linux/types.h>

#define ACPI_TYPE_INTEGER		0x01
#define ACPI_TYPE_STRING		0x02
#define ACPI_TYPE_BUFFER		0x03
#define ACPI_TYPE_PACKAGE		0x04

#define ACPI_ADR_SPACE_SYSTEM_MEMORY	0
#define ACPI_ADR_SPACE_SYSTEM_IO	1
#define ACPI_ADR_SPACE_FIXED_HARDWARE	0x7F

#define ACPI_STATE_C1			1
#define ACPI_STATE_C2			2
#define ACPI_STATE_C3			3

union acpi_object {
	u32 type;
	struct {
		u32 type;
		u64 value;
	} integer;
	struct {
		u32 type;
		u32 length;
		char *pointer;
	} string;
	struct {
		u32 type;
		u32 length;
		u8 *pointer;
	} buffer;
	struct {
		u32 type;
		u32 count;
		union acpi_object *elements;
	} package;
};

#endif
