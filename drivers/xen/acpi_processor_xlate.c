// SPDX-License-Identifier: GPL-2.0
/*
 * Checks a processor's ACPI power objects and translates them into the
 * structures of XENPF_set_processor_pminfo.  Each function either fills
 * in data Xen may use as it is or fails with what is wrong in its
 * struct xen_pm_fault: Xen is never handed part of a malformed object.
 * Only _CST is taken in part, as a list of whole, valid entries.
 */

#include <linux/acpi.h>
#include <linux/cpufreq.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <acpi/processor.h>

#include "acpi_processor_xlate.h"

static __printf(2, 3) int xen_pm_fault(struct xen_pm_fault *fault,
				       const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	vsnprintf(fault->why, sizeof(fault->why), fmt, args);
	va_end(args);
	return -EINVAL;
}

static bool xen_pm_is_package(const union acpi_object *obj, u32 count)
{
	return obj && obj->type == ACPI_TYPE_PACKAGE &&
	       obj->package.count == count;
}

static bool xen_pm_space_supported(u8 space_id)
{
	return space_id == ACPI_ADR_SPACE_SYSTEM_IO ||
	       space_id == ACPI_ADR_SPACE_FIXED_HARDWARE;
}

/* _PSS entry: { CoreFrequency, Power, Latency, BusMasterLatency, Control, Status } */
static int xen_pm_parse_px(const union acpi_object *entry, u32 index,
			   struct xen_processor_px *px,
			   struct xen_pm_fault *fault)
{
	const union acpi_object *elem;
	unsigned int i;

	if (!xen_pm_is_package(entry, XEN_PM_PSS_ELEMENTS))
		return xen_pm_fault(fault, "entry %u is not a package of %u elements",
				    index, XEN_PM_PSS_ELEMENTS);

	elem = entry->package.elements;
	for (i = 0; i < XEN_PM_PSS_ELEMENTS; i++) {
		if (elem[i].type != ACPI_TYPE_INTEGER)
			return xen_pm_fault(fault, "entry %u element %u is not an integer",
					    index, i);
		/* ACPI declares them all DWORDs. */
		if (elem[i].integer.value > U32_MAX)
			return xen_pm_fault(fault, "entry %u element %u does not fit in 32 bits",
					    index, i);
	}

	*px = (struct xen_processor_px) {
		.core_frequency = elem[0].integer.value,
		.power = elem[1].integer.value,
		.transition_latency = elem[2].integer.value,
		.bus_master_latency = elem[3].integer.value,
		.control = elem[4].integer.value,
		.status = elem[5].integer.value,
	};
	if (!px->core_frequency)
		return xen_pm_fault(fault, "entry %u has frequency 0", index);
	/* Xen keeps frequencies in kHz, in 32 bits. */
	if (px->core_frequency > U32_MAX / 1000)
		return xen_pm_fault(fault, "entry %u frequency %llu MHz is out of range",
				    index, px->core_frequency);
	return 0;
}

/**
 * xen_pm_parse_pss() - check _PSS and translate it into Xen's P-states
 * @pss: what _PSS returned
 * @states: set to a kcalloc()ed array of the states on success
 * @fault: what is wrong, on failure
 *
 * Every entry must be valid and the frequencies strictly descending, as
 * ACPI requires: Xen indexes the table with _PPC and by speed.  There
 * must be two states at least, as Xen requires.
 *
 * Return: the number of states, -EINVAL if @pss is malformed or has one
 * state, -ENOMEM.
 */
int xen_pm_parse_pss(const union acpi_object *pss,
		     struct xen_processor_px **states,
		     struct xen_pm_fault *fault)
{
	struct xen_processor_px *px;
	u32 count, i;
	int ret;

	if (!pss || pss->type != ACPI_TYPE_PACKAGE)
		return xen_pm_fault(fault, "is not a package");
	count = pss->package.count;
	if (!count)
		return xen_pm_fault(fault, "has no states");
	/* Xen refuses it too, but only after it has kept the _PCT. */
	if (count == 1)
		return xen_pm_fault(fault, "has 1 state, Xen scales between 2 or more");
	if (count > XEN_PM_MAX_PX)
		return xen_pm_fault(fault, "has %u states, Xen takes at most %u",
				    count, XEN_PM_MAX_PX);

	px = kcalloc(count, sizeof(*px), GFP_KERNEL);
	if (!px)
		return -ENOMEM;

	for (i = 0; i < count; i++) {
		ret = xen_pm_parse_px(&pss->package.elements[i], i, &px[i], fault);
		if (ret)
			goto fail;
		if (i && px[i].core_frequency == px[i - 1].core_frequency) {
			ret = xen_pm_fault(fault, "entry %u repeats the %llu MHz of entry %u",
					   i, px[i].core_frequency, i - 1);
			goto fail;
		}
		if (i && px[i].core_frequency > px[i - 1].core_frequency) {
			ret = xen_pm_fault(fault,
					   "entry %u (%llu MHz) is faster than entry %u (%llu MHz)",
					   i, px[i].core_frequency,
					   i - 1, px[i - 1].core_frequency);
			goto fail;
		}
	}
	*states = px;
	return count;
fail:
	kfree(px);
	return ret;
}

static int xen_pm_parse_pct_reg(const union acpi_object *obj, const char *name,
				struct xen_pct_register *reg,
				struct xen_pm_fault *fault)
{
	const struct acpi_pct_register *acpi_reg;

	if (obj->type != ACPI_TYPE_BUFFER ||
	    obj->buffer.length < sizeof(*acpi_reg))
		return xen_pm_fault(fault, "%s register is not a register buffer", name);

	acpi_reg = (const struct acpi_pct_register *)obj->buffer.pointer;
	if (acpi_reg->descriptor != XEN_PM_GENERIC_REGISTER)
		return xen_pm_fault(fault, "%s register is not a Generic Register", name);
	if (!xen_pm_space_supported(acpi_reg->space_id))
		return xen_pm_fault(fault,
				    "%s register is in address space %u, neither SystemIO nor FFixedHW",
				    name, acpi_reg->space_id);

	/* Xen's structure is not packed like the descriptor. */
	*reg = (struct xen_pct_register) {
		.descriptor = acpi_reg->descriptor,
		.length = acpi_reg->length,
		.space_id = acpi_reg->space_id,
		.bit_width = acpi_reg->bit_width,
		.bit_offset = acpi_reg->bit_offset,
		.reserved = acpi_reg->reserved,
		.address = acpi_reg->address,
	};
	return 0;
}

/**
 * xen_pm_parse_pct() - check _PCT and translate its two registers
 * @pct: what _PCT returned
 * @control: the performance control register
 * @status: the performance status register
 * @fault: what is wrong, on failure
 *
 * Return: 0, or -EINVAL if @pct is malformed or its registers are in
 * different or unsupported address spaces, which Xen cannot drive.
 */
int xen_pm_parse_pct(const union acpi_object *pct,
		     struct xen_pct_register *control,
		     struct xen_pct_register *status,
		     struct xen_pm_fault *fault)
{
	int ret;

	if (!xen_pm_is_package(pct, 2))
		return xen_pm_fault(fault, "is not a package of 2 registers");

	ret = xen_pm_parse_pct_reg(&pct->package.elements[0], "control",
				   control, fault);
	if (!ret)
		ret = xen_pm_parse_pct_reg(&pct->package.elements[1], "status",
					   status, fault);
	if (ret)
		return ret;

	if (control->space_id != status->space_id)
		return xen_pm_fault(fault,
				    "control and status registers are in different address spaces (%u, %u)",
				    control->space_id, status->space_id);
	return 0;
}

static int xen_pm_shared_type(u64 coord_type, u32 *shared_type)
{
	switch (coord_type) {
	case DOMAIN_COORD_TYPE_SW_ALL:
		*shared_type = CPUFREQ_SHARED_TYPE_ALL;
		return 0;
	case DOMAIN_COORD_TYPE_SW_ANY:
		*shared_type = CPUFREQ_SHARED_TYPE_ANY;
		return 0;
	case DOMAIN_COORD_TYPE_HW_ALL:
		*shared_type = CPUFREQ_SHARED_TYPE_HW;
		return 0;
	default:
		return -EINVAL;
	}
}

/**
 * xen_pm_parse_psd() - check _PSD and translate its dependency domain
 * @psd: what _PSD returned: Package { Package { NumEntries, Revision,
 *	Domain, CoordType, NumProcessors } }
 * @domain: the domain as Xen takes it
 * @shared_type: Xen's coordination type for @domain
 * @fault: what is wrong, on failure
 *
 * Return: 0, or -EINVAL if @psd is malformed.
 */
int xen_pm_parse_psd(const union acpi_object *psd,
		     struct xen_psd_package *domain, u32 *shared_type,
		     struct xen_pm_fault *fault)
{
	const union acpi_object *entry, *elem;
	unsigned int i;

	if (!xen_pm_is_package(psd, 1) ||
	    psd->package.elements[0].type != ACPI_TYPE_PACKAGE)
		return xen_pm_fault(fault, "is not a package of one domain package");

	entry = &psd->package.elements[0];
	if (entry->package.count != ACPI_PSD_REV0_ENTRIES)
		return xen_pm_fault(fault, "domain package has %u elements, not %u",
				    entry->package.count, ACPI_PSD_REV0_ENTRIES);

	elem = entry->package.elements;
	for (i = 0; i < ACPI_PSD_REV0_ENTRIES; i++)
		if (elem[i].type != ACPI_TYPE_INTEGER)
			return xen_pm_fault(fault, "element %u is not an integer", i);

	if (elem[0].integer.value != ACPI_PSD_REV0_ENTRIES)
		return xen_pm_fault(fault, "says it has %llu entries, not %u",
				    elem[0].integer.value, ACPI_PSD_REV0_ENTRIES);
	if (elem[1].integer.value != ACPI_PSD_REV0_REVISION)
		return xen_pm_fault(fault, "revision %llu is not %u",
				    elem[1].integer.value, ACPI_PSD_REV0_REVISION);
	/* Xen numbers its domains in 32 bits. */
	if (elem[2].integer.value > U32_MAX)
		return xen_pm_fault(fault, "domain %llu does not fit in 32 bits",
				    elem[2].integer.value);
	if (xen_pm_shared_type(elem[3].integer.value, shared_type))
		return xen_pm_fault(fault,
				    "coordination type %#llx is not SW_ALL, SW_ANY or HW_ALL",
				    elem[3].integer.value);
	if (!elem[4].integer.value || elem[4].integer.value > U32_MAX)
		return xen_pm_fault(fault, "domain of %llu processors",
				    elem[4].integer.value);

	*domain = (struct xen_psd_package) {
		.num_entries = elem[0].integer.value,
		.revision = elem[1].integer.value,
		.domain = elem[2].integer.value,
		.coord_type = elem[3].integer.value,
		.num_processors = elem[4].integer.value,
	};
	return 0;
}

/**
 * xen_pm_psd_key() - what the members of a _PSD domain must agree on
 * @domain: a member's domain, as xen_pm_parse_psd() translated it
 *
 * Return: its number of processors and coordination type in one value,
 * as an xarray can hold it (dom0 is 64-bit; coordination types are 0xFC
 * to 0xFE).
 */
unsigned long xen_pm_psd_key(const struct xen_psd_package *domain)
{
	return (unsigned long)domain->num_processors << 8 |
	       (domain->coord_type & 0xff);
}

/**
 * xen_pm_check_psd_member() - check a member against its domain's first
 * @domain: the member's domain
 * @first: xen_pm_psd_key() of the domain's first member
 * @fault: what is wrong, on failure
 *
 * Xen refuses a member that declares another number of processors or
 * coordination type than the first, but only after keeping part of its
 * data.
 *
 * Return: 0, or -EINVAL if the two disagree.
 */
int xen_pm_check_psd_member(const struct xen_psd_package *domain,
			    unsigned long first, struct xen_pm_fault *fault)
{
	if (xen_pm_psd_key(domain) == first)
		return 0;
	return xen_pm_fault(fault,
			    "domain %llu of %llu processors, type %#llx, disagrees with its first member's %lu, %#lx",
			    domain->domain, domain->num_processors,
			    domain->coord_type, first >> 8, first & 0xff);
}

/**
 * xen_pm_parse_ppc() - check _PPC against the number of P-states
 * @ppc: what _PPC returned
 * @state_count: the states of the processor's _PSS
 * @limit: the index of the fastest state the platform allows
 * @fault: what is wrong, on failure
 *
 * Return: 0, or -EINVAL if @ppc is not an integer below @state_count.
 */
int xen_pm_parse_ppc(const union acpi_object *ppc, unsigned int state_count,
		     u32 *limit, struct xen_pm_fault *fault)
{
	if (!ppc || ppc->type != ACPI_TYPE_INTEGER)
		return xen_pm_fault(fault, "is not an integer");
	if (ppc->integer.value >= state_count)
		return xen_pm_fault(fault, "%llu is not below the %u states of _PSS",
				    ppc->integer.value, state_count);
	*limit = ppc->integer.value;
	return 0;
}

/* _CST entry: { Register, Type, Latency, Power } */
static int xen_pm_parse_cx(const union acpi_object *entry, u32 index,
			   struct xen_processor_cx *cx,
			   struct xen_pm_fault *fault)
{
	const struct acpi_power_register *reg;
	const union acpi_object *elem;

	if (!xen_pm_is_package(entry, XEN_PM_CST_ELEMENTS))
		return xen_pm_fault(fault, "entry %u is not a package of %u elements",
				    index, XEN_PM_CST_ELEMENTS);

	elem = entry->package.elements;
	if (elem[0].type != ACPI_TYPE_BUFFER ||
	    elem[0].buffer.length < sizeof(*reg))
		return xen_pm_fault(fault, "entry %u register is not a register buffer",
				    index);
	if (elem[1].type != ACPI_TYPE_INTEGER ||
	    elem[2].type != ACPI_TYPE_INTEGER ||
	    elem[3].type != ACPI_TYPE_INTEGER)
		return xen_pm_fault(fault, "entry %u type, latency or power is not an integer",
				    index);

	reg = (const struct acpi_power_register *)elem[0].buffer.pointer;
	if (reg->descriptor != XEN_PM_GENERIC_REGISTER)
		return xen_pm_fault(fault, "entry %u register is not a Generic Register",
				    index);
	if (!xen_pm_space_supported(reg->space_id))
		return xen_pm_fault(fault,
				    "entry %u register is in address space %u, neither SystemIO nor FFixedHW",
				    index, reg->space_id);
	if (elem[1].integer.value < ACPI_STATE_C1 ||
	    elem[1].integer.value > ACPI_STATE_C3)
		return xen_pm_fault(fault, "entry %u type %llu is not C1, C2 or C3",
				    index, elem[1].integer.value);
	/*
	 * Xen drops such an entry and still answers 0.  C1 is entered with
	 * HLT whatever its register says, in Xen as in Linux.
	 */
	if (reg->space_id == ACPI_ADR_SPACE_SYSTEM_IO && !reg->address &&
	    elem[1].integer.value != ACPI_STATE_C1)
		return xen_pm_fault(fault, "entry %u SystemIO register has address 0",
				    index);
	if (elem[2].integer.value > XEN_PM_MAX_CX_LATENCY)
		return xen_pm_fault(fault, "entry %u latency %llu us is out of range",
				    index, elem[2].integer.value);
	if (elem[3].integer.value > U32_MAX)
		return xen_pm_fault(fault, "entry %u power %llu mW does not fit in 32 bits",
				    index, elem[3].integer.value);

	/* _CSD is not passed on: Xen does not use C-state dependencies. */
	*cx = (struct xen_processor_cx) {
		.reg = {
			.space_id = reg->space_id,
			.bit_width = reg->bit_width,
			.bit_offset = reg->bit_offset,
			.access_size = reg->access_size,
			.address = reg->address,
		},
		.type = elem[1].integer.value,
		.latency = elem[2].integer.value,
		.power = elem[3].integer.value,
	};
	return 0;
}

static bool xen_pm_same_cx(const struct xen_processor_cx *a,
			   const struct xen_processor_cx *b)
{
	return a->type == b->type && a->reg.space_id == b->reg.space_id &&
	       a->reg.address == b->reg.address;
}

/*
 * A second entry entering the same state the same way is a copy; Xen
 * would count and choose between the two as if they differed.
 */
static int xen_pm_check_unique_cx(const struct xen_processor_cx *states,
				  const u32 *from, unsigned int count,
				  u32 index, struct xen_pm_fault *fault)
{
	unsigned int i;

	for (i = 0; i < count; i++)
		if (xen_pm_same_cx(&states[i], &states[count]))
			return xen_pm_fault(fault, "entry %u repeats entry %u",
					    index, from[i]);
	return 0;
}

/**
 * xen_pm_parse_cst() - check _CST and translate its valid entries
 * @cst: what _CST returned: Package { Count, Entry, ... }
 * @states: room for XEN_PM_MAX_CX states
 * @fault: on failure, what is wrong; on success, the first reason an
 *	entry was left out, and how many were
 *
 * Malformed entries and copies of earlier ones are left out, and entries
 * beyond the XEN_PM_MAX_CX Xen keeps; the rest keep their firmware order.
 * Of those, Xen may still drop, without saying so, the ones this machine
 * cannot enter (its check_cx(): a C2 or C3 the local APIC timer does not
 * survive without a broadcast timer, a C3 without bus master control or
 * WBINVD, an FFixedHW entry that is not Intel's MWAIT hint or whose hint
 * MWAIT does not offer), and where Xen runs an idle driver of its own
 * (mwait-idle, some AMD families) it does not use _CST: nothing in dom0
 * sees these, xenpm does.
 *
 * Return: the number of states, or -EINVAL if @cst is malformed as a
 * whole or has no usable entry.
 */
int xen_pm_parse_cst(const union acpi_object *cst,
		     struct xen_processor_cx *states,
		     struct xen_pm_fault *fault)
{
	struct xen_pm_fault entry_fault;
	u32 from[XEN_PM_MAX_CX];
	unsigned int count = 0;
	u32 entries, i;

	fault->skipped = 0;
	if (!cst || cst->type != ACPI_TYPE_PACKAGE || cst->package.count < 2 ||
	    cst->package.elements[0].type != ACPI_TYPE_INTEGER)
		return xen_pm_fault(fault, "is not a package of a count and entries");

	entries = cst->package.count - 1;
	if (cst->package.elements[0].integer.value != entries)
		return xen_pm_fault(fault, "count %llu does not match its %u entries",
				    cst->package.elements[0].integer.value, entries);

	for (i = 1; i <= entries; i++) {
		if (count == XEN_PM_MAX_CX) {
			if (!fault->skipped)
				xen_pm_fault(fault, "has %u entries, Xen takes %u",
					     entries, XEN_PM_MAX_CX);
			fault->skipped += entries - i + 1;
			break;
		}
		if (xen_pm_parse_cx(&cst->package.elements[i], i, &states[count],
				    &entry_fault) ||
		    xen_pm_check_unique_cx(states, from, count, i, &entry_fault)) {
			if (!fault->skipped++)
				strscpy(fault->why, entry_fault.why, sizeof(fault->why));
			continue;
		}
		from[count++] = i;
	}
	return count ? count : -EINVAL;
}
