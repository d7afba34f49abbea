/* SPDX-License-Identifier: GPL-2.0 */
/* The register descriptors and _PSD constants of include/acpi/processor.h. */
#ifndef SHIM_ACPI_PROCESSOR_H
#define SHIM_ACPI_PROCESSOR_H

#include <linux/types.h>

#define ACPI_PSD_REV0_REVISION		0
#define ACPI_PSD_REV0_ENTRIES		5

#define DOMAIN_COORD_TYPE_SW_ALL	0xfc
#define DOMAIN_COORD_TYPE_SW_ANY	0xfd
#define DOMAIN_COORD_TYPE_HW_ALL	0xfe

struct acpi_power_register {
	u8 descriptor;
	u16 length;
	u8 space_id;
	u8 bit_width;
	u8 bit_offset;
	u8 access_size;
	u64 address;
} __packed;

struct acpi_pct_register {
	u8 descriptor;
	u16 length;
	u8 space_id;
	u8 bit_width;
	u8 bit_offset;
	u8 reserved;
	u64 address;
} __packed;

#endif
