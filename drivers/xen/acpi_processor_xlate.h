/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Translation of a processor's ACPI power objects, as firmware returned
 * them, into what XENPF_set_processor_pminfo takes.  Nothing here
 * evaluates a method or calls Xen, so that every check can be exercised
 * on objects built in memory.
 */
#ifndef __XEN_ACPI_PROCESSOR_XLATE_H
#define __XEN_ACPI_PROCESSOR_XLATE_H

#include <linux/acpi.h>
#include <linux/types.h>
#include <xen/interface/platform.h>

/* _PCT and _CST registers are Generic Register descriptors (ACPI 6.4.3.7). */
#define XEN_PM_GENERIC_REGISTER	0x82

/* Elements of a _PSS entry and of a _CST entry. */
#define XEN_PM_PSS_ELEMENTS	6
#define XEN_PM_CST_ELEMENTS	4

/* Xen keeps at most 8 C-states per processor, C0 included. */
#define XEN_PM_MAX_CX		7
/* Xen's P-state statistics (struct pm_px_stat) count states in 8 bits. */
#define XEN_PM_MAX_PX		255
/*
 * Xen multiplies C-state latencies into 32-bit residencies; no processor
 * takes a second to leave an idle state.
 */
#define XEN_PM_MAX_CX_LATENCY	1000000

/**
 * struct xen_pm_fault - what is wrong with a firmware object
 * @why: one phrase for the log, after the object's name
 * @skipped: _CST entries left out while the rest were usable
 */
struct xen_pm_fault {
	char why[128];
	unsigned int skipped;
};

int xen_pm_parse_pss(const union acpi_object *pss,
		     struct xen_processor_px **states,
		     struct xen_pm_fault *fault);
int xen_pm_parse_pct(const union acpi_object *pct,
		     struct xen_pct_register *control,
		     struct xen_pct_register *status,
		     struct xen_pm_fault *fault);
int xen_pm_parse_psd(const union acpi_object *psd,
		     struct xen_psd_package *domain, u32 *shared_type,
		     struct xen_pm_fault *fault);
unsigned long xen_pm_psd_key(const struct xen_psd_package *domain);
int xen_pm_check_psd_member(const struct xen_psd_package *domain,
			    unsigned long first, struct xen_pm_fault *fault);
int xen_pm_parse_ppc(const union acpi_object *ppc, unsigned int state_count,
		     u32 *limit, struct xen_pm_fault *fault);
int xen_pm_parse_cst(const union acpi_object *cst,
		     struct xen_processor_cx *states,
		     struct xen_pm_fault *fault);

#endif /* __XEN_ACPI_PROCESSOR_XLATE_H */
