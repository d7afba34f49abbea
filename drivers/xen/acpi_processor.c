// SPDX-License-Identifier: GPL-2.0
/*
 * Hand each physical processor's ACPI power management data to Xen.
 *
 * Xen runs the physical processors' C-states and P-states but has no ACPI
 * interpreter.  The ACPI processor driver reports every processor and
 * every firmware change through the external control interface; this
 * backend translates the firmware objects into XENPF_set_processor_pminfo
 * hypercalls keyed by ACPI processor id, the id Xen knows physical
 * processors by.  Dom0's own CPU numbers play no part.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/acpi.h>
#include <linux/cpufreq.h>
#include <linux/ktime.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/xarray.h>

#include <acpi/processor.h>
#include <acpi/processor_extcntl.h>
#include <xen/xen.h>
#include <xen/interface/platform.h>

#include "platform_hypercall.h"

/**
 * struct xen_pm_processor - what Xen was given for one physical processor
 * @online: Xen has the processor online; an offline or parked one still
 *	takes the data, but may answer -EINVAL or -ENODEV for now
 * @hotadded: the backend added the processor to Xen (XENPF_cpu_hotadd),
 *	which has not run it yet
 * @px_count: number of P-states Xen holds, 0 if it holds none; a _PPC
 *	limit is only valid below it
 */
struct xen_pm_processor {
	bool online;
	bool hotadded;
	unsigned int px_count;
};

/* Processors reported by the ACPI processor driver, by ACPI processor id. */
static DEFINE_XARRAY(xen_pm_processors);

/*
 * The physical processors Xen has, by ACPI processor id, with their online
 * state as an xarray value: Xen, not dom0's MADT, says which exist.
 */
static DEFINE_XARRAY(xen_pcpus);

/**
 * struct xen_pm_stats - what an upload did, for its summary line
 * @processors: processor objects the ACPI processor driver reported
 * @known: those Xen has a physical processor for
 * @cx: processors whose C-states Xen took
 * @px: processors whose P-states Xen took
 * @hypercalls: XENPF_set_processor_pminfo calls made
 * @in_xen: time spent in them, to tell Xen's share of an upload from
 *	firmware's
 */
struct xen_pm_stats {
	unsigned int processors;
	unsigned int known;
	unsigned int cx;
	unsigned int px;
	unsigned int hypercalls;
	ktime_t in_xen;
};

static struct xen_pm_stats xen_pm_stats;

static int xen_pm_call(struct acpi_processor *pr, struct xen_pm_processor *xp,
		       const struct xenpf_set_processor_pminfo *info,
		       const char *what)
{
	ktime_t start = ktime_get();
	int ret = xen_set_pminfo(info);

	xen_pm_stats.in_xen += ktime_sub(ktime_get(), start);
	xen_pm_stats.hypercalls++;
	if (!ret)
		return 0;

	if (!xp->online && (ret == -EINVAL || ret == -ENODEV))
		pr_debug("ACPI id %u: offline in Xen, %s not taken yet (%d)\n",
			 pr->acpi_id, what, ret);
	else
		pr_warn("ACPI id %u: Xen refused %s (%d)\n",
			pr->acpi_id, what, ret);
	return ret;
}

static void xen_fill_cx(struct xen_processor_cx *dst,
			const struct processor_extcntl_cx *src)
{
	dst->reg.space_id = src->reg.space_id;
	dst->reg.bit_width = src->reg.bit_width;
	dst->reg.bit_offset = src->reg.bit_offset;
	dst->reg.access_size = src->reg.access_size;
	dst->reg.address = src->reg.address;
	dst->type = src->type;
	dst->latency = src->latency;
	dst->power = src->power;
	/* _CSD is not passed on: Xen does not use C-state dependencies. */
	dst->dpcnt = 0;
	set_xen_guest_handle(dst->dp, NULL);
}

static int xen_upload_cx(struct acpi_processor *pr, struct xen_pm_processor *xp)
{
	struct processor_extcntl_cx states[PROCESSOR_EXTCNTL_MAX_CX];
	struct xenpf_set_processor_pminfo info = {
		.id = pr->acpi_id,
		.type = XEN_PM_CX,
	};
	struct xen_processor_cx *cx;
	int count, i, ret;

	count = processor_extcntl_get_cst(pr, states);
	if (count < 0)
		return count;

	cx = kcalloc(count, sizeof(*cx), GFP_KERNEL);
	if (!cx)
		return -ENOMEM;
	for (i = 0; i < count; i++)
		xen_fill_cx(&cx[i], &states[i]);

	info.power.count = count;
	info.power.flags.has_cst = 1;
	/* Whether C3 needs bus master checks is for Xen to find out. */
	info.power.flags.bm_control = pr->flags.bm_control;
	set_xen_guest_handle(info.power.states, cx);

	ret = xen_pm_call(pr, xp, &info, "_CST");
	if (!ret) {
		xen_pm_stats.cx++;
		pr_debug("ACPI id %u: %d C-states handed to Xen\n",
			 pr->acpi_id, count);
	}
	kfree(cx);
	return ret;
}

/*
 * The Xen structure is not packed like the ACPI register descriptor, so
 * the fields are copied one by one.
 */
static void xen_fill_pct(struct xen_pct_register *dst,
			 const struct acpi_pct_register *src)
{
	dst->descriptor = src->descriptor;
	dst->length = src->length;
	dst->space_id = src->space_id;
	dst->bit_width = src->bit_width;
	dst->bit_offset = src->bit_offset;
	dst->reserved = src->reserved;
	dst->address = src->address;
}

static struct xen_processor_px *
xen_alloc_px(const struct acpi_processor_performance *perf)
{
	struct xen_processor_px *px;
	unsigned int i;

	px = kcalloc(perf->state_count, sizeof(*px), GFP_KERNEL);
	if (!px)
		return NULL;

	for (i = 0; i < perf->state_count; i++) {
		px[i].core_frequency = perf->states[i].core_frequency;
		px[i].power = perf->states[i].power;
		px[i].transition_latency = perf->states[i].transition_latency;
		px[i].bus_master_latency = perf->states[i].bus_master_latency;
		px[i].control = perf->states[i].control;
		px[i].status = perf->states[i].status;
	}
	return px;
}

/*
 * Xen does not start frequency scaling on a processor without a _PSD, so
 * one without it is declared alone in a domain of its own.
 */
static int xen_get_psd(struct acpi_processor *pr, struct acpi_psd_package *psd)
{
	int ret;

	if (!acpi_has_method(pr->handle, "_PSD")) {
		*psd = (struct acpi_psd_package) {
			.num_entries = ACPI_PSD_REV0_ENTRIES,
			.revision = ACPI_PSD_REV0_REVISION,
			.domain = pr->acpi_id,
			.coord_type = DOMAIN_COORD_TYPE_SW_ALL,
			.num_processors = 1,
		};
		return 0;
	}

	ret = acpi_processor_get_psd(pr->handle, psd);
	if (ret)
		acpi_handle_warn(pr->handle, FW_BUG
				 "ACPI id %u: _PSD is invalid, P-states not handed to Xen\n",
				 pr->acpi_id);
	return ret;
}

static u32 xen_shared_type(u64 coord_type)
{
	switch (coord_type) {
	case DOMAIN_COORD_TYPE_SW_ANY:
		return CPUFREQ_SHARED_TYPE_ANY;
	case DOMAIN_COORD_TYPE_HW_ALL:
		return CPUFREQ_SHARED_TYPE_HW;
	default:
		return CPUFREQ_SHARED_TYPE_ALL;
	}
}

static void xen_fill_psd(struct xen_processor_performance *dst,
			 const struct acpi_psd_package *psd)
{
	dst->domain_info.num_entries = psd->num_entries;
	dst->domain_info.revision = psd->revision;
	dst->domain_info.domain = psd->domain;
	dst->domain_info.coord_type = psd->coord_type;
	dst->domain_info.num_processors = psd->num_processors;
	dst->shared_type = xen_shared_type(psd->coord_type);
}

/* _PPC: the index of the fastest P-state the platform allows now. */
static int xen_get_ppc(struct acpi_processor *pr, unsigned int px_count,
		       u32 *ppc)
{
	unsigned long long value;
	acpi_status status;

	status = acpi_evaluate_integer(pr->handle, "_PPC", NULL, &value);
	if (status == AE_NOT_FOUND) {
		*ppc = 0;
		return 0;
	}
	if (ACPI_FAILURE(status)) {
		acpi_evaluation_failure_warn(pr->handle, "_PPC", status);
		return -EIO;
	}
	if (value >= px_count) {
		acpi_handle_warn(pr->handle, FW_BUG
				 "ACPI id %u: _PPC %llu is not below the %u states of _PSS\n",
				 pr->acpi_id, value, px_count);
		return -ERANGE;
	}
	*ppc = value;
	return 0;
}

static int xen_upload_px(struct acpi_processor *pr, struct xen_pm_processor *xp)
{
	struct xenpf_set_processor_pminfo info = {
		.id = pr->acpi_id,
		.type = XEN_PM_PX,
	};
	struct xen_processor_performance *xperf = &info.perf;
	struct acpi_processor_performance perf = {};
	struct acpi_psd_package psd;
	struct xen_processor_px *px;
	u32 ppc;
	int ret;

	ret = acpi_processor_get_pct_pss(pr, &perf);
	if (ret)
		return ret;

	ret = xen_get_psd(pr, &psd);
	if (ret)
		goto free_states;

	/* A _PPC firmware cannot evaluate sensibly is no limit, as natively. */
	if (xen_get_ppc(pr, perf.state_count, &ppc))
		ppc = 0;

	px = xen_alloc_px(&perf);
	if (!px) {
		ret = -ENOMEM;
		goto free_states;
	}

	xperf->flags = XEN_PX_PCT | XEN_PX_PSS | XEN_PX_PSD | XEN_PX_PPC;
	xen_fill_pct(&xperf->control_register, &perf.control_register);
	xen_fill_pct(&xperf->status_register, &perf.status_register);
	xperf->state_count = perf.state_count;
	set_xen_guest_handle(xperf->states, px);
	xen_fill_psd(xperf, &psd);
	xperf->platform_limit = ppc;

	ret = xen_pm_call(pr, xp, &info, "_PCT/_PSS/_PSD/_PPC");
	if (!ret) {
		xp->px_count = perf.state_count;
		xen_pm_stats.px++;
	}
	kfree(px);
free_states:
	kfree(perf.states);
	return ret;
}

static int xen_upload_ppc(struct acpi_processor *pr, struct xen_pm_processor *xp)
{
	struct xenpf_set_processor_pminfo info = {
		.id = pr->acpi_id,
		.type = XEN_PM_PX,
		.perf.flags = XEN_PX_PPC,
	};
	int ret;

	ret = xen_get_ppc(pr, xp->px_count, &info.perf.platform_limit);
	if (ret)
		return ret;

	ret = xen_pm_call(pr, xp, &info, "_PPC");
	if (!ret)
		pr_debug("ACPI id %u: _PPC %u handed to Xen\n",
			 pr->acpi_id, info.perf.platform_limit);
	return ret;
}

static int xen_pm_idle(struct acpi_processor *pr,
		       enum processor_extcntl_event event)
{
	struct xen_pm_processor *xp = xa_load(&xen_pm_processors, pr->acpi_id);

	if (!xp)
		return -ENODEV;
	/*
	 * Xen resets the C-states of a processor when it brings it up: one
	 * it has never run gets none at hot-add.
	 */
	if (xp->hotadded && event == PROCESSOR_EXTCNTL_INIT)
		return 0;
	/* Xen takes the whole list again when _CST changes. */
	return xen_upload_cx(pr, xp);
}

static int xen_pm_perf(struct acpi_processor *pr,
		       enum processor_extcntl_event event)
{
	struct xen_pm_processor *xp = xa_load(&xen_pm_processors, pr->acpi_id);

	if (!xp)
		return -ENODEV;
	/*
	 * Xen cannot replace the P-state table of a processor it runs (4.17
	 * leaks the old table and sizes its statistics by the first), so once
	 * Xen holds one, only the limit is sent again.
	 */
	if (event == PROCESSOR_EXTCNTL_INIT || !xp->px_count)
		return xen_upload_px(pr, xp);
	return xen_upload_ppc(pr, xp);
}

/* The processor capabilities _OSC of ACPI 6.x, with the _PDC bits. */
static const char xen_processor_osc_uuid[] = "4077A616-290C-47BE-9EBD-D87058713953";

static void xen_pm_run_osc(struct acpi_processor *pr, u32 caps)
{
	u32 osc_caps[2] = { 0, caps };
	struct acpi_osc_context osc = {
		.uuid_str = (char *)xen_processor_osc_uuid,
		.rev = 1,
		.cap = { .length = sizeof(osc_caps), .pointer = osc_caps },
	};

	if (ACPI_FAILURE(acpi_run_osc(pr->handle, &osc)))
		acpi_handle_warn(pr->handle,
				 "ACPI id %u: _OSC refused the processor capabilities\n",
				 pr->acpi_id);
	kfree(osc.ret.pointer);
}

static void xen_pm_run_pdc(struct acpi_processor *pr, u32 *pdc)
{
	union acpi_object arg = {
		.buffer = {
			.type = ACPI_TYPE_BUFFER,
			.length = 3 * sizeof(*pdc),
			.pointer = (u8 *)pdc,
		},
	};
	struct acpi_object_list args = { 1, &arg };
	acpi_status status;

	status = acpi_evaluate_object(pr->handle, "_PDC", &args, NULL);
	if (ACPI_FAILURE(status))
		acpi_evaluation_failure_warn(pr->handle, "_PDC", status);
}

/*
 * _OSC, or _PDC before it, tells firmware what the OS supports; firmware
 * may load a processor's _PSS and _CST only then.  What Xen supports, not
 * what dom0's filtered CPUID suggests, is the answer: Xen fills the
 * capabilities in, then firmware gets them.
 */
static void xen_pm_set_caps(struct acpi_processor *pr, struct xen_pm_processor *xp)
{
	u32 pdc[3] = { ACPI_PDC_REVISION_ID, 1, 0 };
	struct xenpf_set_processor_pminfo info = {
		.id = pr->acpi_id,
		.type = XEN_PM_PDC,
	};
	bool has_osc = acpi_has_method(pr->handle, "_OSC");

	if (!has_osc && !acpi_has_method(pr->handle, "_PDC"))
		return;

	set_xen_guest_handle(info.pdc, pdc);
	if (xen_pm_call(pr, xp, &info, "processor capabilities"))
		return;

	if (has_osc)
		xen_pm_run_osc(pr, pdc[2]);
	else
		xen_pm_run_pdc(pr, pdc);
}

/*
 * A physical processor firmware says is present but Xen does not know was
 * plugged in after Xen booted, which learns of it only from dom0: tell Xen
 * its APIC id (_MAT) and proximity domain (_PXM).  Xen keeps it offline
 * until it is brought online (xen-hptool cpu-online).
 */
static int xen_pm_hotadd(struct acpi_processor *pr)
{
	unsigned long long sta, pxm = 0;
	acpi_object_type type;
	phys_cpuid_t apic_id;
	int cpu;

	if (ACPI_FAILURE(acpi_evaluate_integer(pr->handle, "_STA", NULL, &sta)) ||
	    !(sta & ACPI_STA_DEVICE_PRESENT) ||
	    ACPI_FAILURE(acpi_get_type(pr->handle, &type)))
		return -ENODEV;

	/* ACPI0007 devices carry their ACPI id in _UID, Processor() in itself. */
	apic_id = acpi_get_phys_id(pr->handle, type == ACPI_TYPE_DEVICE,
				   pr->acpi_id);
	if (apic_id == PHYS_CPUID_INVALID) {
		acpi_handle_warn(pr->handle, FW_BUG
				 "ACPI id %u: present, but no local APIC in _MAT or the MADT\n",
				 pr->acpi_id);
		return -ENODEV;
	}
	acpi_evaluate_integer(pr->handle, "_PXM", NULL, &pxm);

	cpu = xen_cpu_hotadd(apic_id, pr->acpi_id, pxm);
	if (cpu == -EEXIST) {
		/*
		 * Xen left that APIC out on purpose (e.g. nosmp), or
		 * firmware repeats it under another ACPI id.
		 */
		pr_debug("ACPI id %u: Xen has APIC id %u already, skipped\n",
			 pr->acpi_id, apic_id);
		return -ENODEV;
	}
	if (cpu < 0) {
		pr_err("ACPI id %u: Xen refused the new processor (APIC id %u, proximity domain %llu): %d\n",
		       pr->acpi_id, apic_id, pxm, cpu);
		return cpu;
	}
	pr_info("ACPI id %u: added to Xen as physical CPU %d (APIC id %u), offline until brought online\n",
		pr->acpi_id, cpu, apic_id);
	return xa_err(xa_store(&xen_pcpus, pr->acpi_id, xa_mk_value(false),
			       GFP_KERNEL));
}

static int xen_pm_hotplug(struct acpi_processor *pr, bool present)
{
	struct xen_pm_processor *xp;
	bool hotadded;
	void *pcpu;
	int ret;

	if (!present) {
		kfree(xa_erase(&xen_pm_processors, pr->acpi_id));
		return 0;
	}
	/* Reported again after a device check: Xen has its data already. */
	if (xa_load(&xen_pm_processors, pr->acpi_id))
		return -EEXIST;

	xen_pm_stats.processors++;
	pcpu = xa_load(&xen_pcpus, pr->acpi_id);
	hotadded = !pcpu && !xen_pm_hotadd(pr);
	if (hotadded)
		pcpu = xa_load(&xen_pcpus, pr->acpi_id);
	if (!pcpu) {
		pr_debug("ACPI id %u: no such physical processor in Xen, skipped\n",
			 pr->acpi_id);
		return -ENODEV;
	}
	xen_pm_stats.known++;

	xp = kzalloc(sizeof(*xp), GFP_KERNEL);
	if (!xp)
		return -ENOMEM;
	xp->online = xa_to_value(pcpu);
	xp->hotadded = hotadded;
	ret = xa_insert(&xen_pm_processors, pr->acpi_id, xp, GFP_KERNEL);
	if (ret) {
		kfree(xp);
		return ret;
	}

	xen_pm_set_caps(pr, xp);
	return 0;
}

static const struct processor_extcntl_ops xen_pm_ops = {
	.idle = xen_pm_idle,
	.perf = xen_pm_perf,
	.hotplug = xen_pm_hotplug,
};

/* Ask Xen which physical processors it has, by ACPI id. */
static int __init xen_pm_find_pcpus(void)
{
	struct xenpf_pcpuinfo info;
	u32 cpu, max_present = 0;
	int ret;

	for (cpu = 0; cpu <= max_present; cpu++) {
		ret = xen_get_pcpuinfo(cpu, &info);
		if (ret) {
			pr_err("cannot list Xen's physical processors (%d)\n", ret);
			return ret;
		}
		max_present = info.max_present;
		if (info.flags & XEN_PCPU_FLAGS_INVALID)
			continue;
		ret = xa_err(xa_store(&xen_pcpus, info.acpi_id,
				      xa_mk_value(!!(info.flags & XEN_PCPU_FLAGS_ONLINE)),
				      GFP_KERNEL));
		if (ret)
			return ret;
	}
	return 0;
}

static int __init xen_pm_init(void)
{
	const struct xen_pm_stats *st = &xen_pm_stats;
	ktime_t start = ktime_get();
	int ret;

	if (!xen_initial_domain()) {
		pr_err("not running in Xen's initial domain: no hypervisor to hand processor power management to\n");
		return -ENODEV;
	}

	ret = xen_pm_find_pcpus();
	if (ret)
		goto err;

	ret = processor_extcntl_register(&xen_pm_ops);
	if (ret == -EBUSY)
		pr_err("processor power management is already run by another driver (xen-acpi-processor or a cpufreq driver)\n");
	else if (ret)
		pr_err("cannot register with the ACPI processor driver (%d)\n",
		       ret);
	if (ret)
		goto err;

	pr_info("%u ACPI processors, %u in Xen: C-states for %u, P-states for %u; %u hypercalls taking %lld us of %lld us\n",
		st->processors, st->known, st->cx, st->px, st->hypercalls,
		ktime_to_us(st->in_xen), ktime_us_delta(ktime_get(), start));
	return 0;
err:
	xa_destroy(&xen_pcpus);
	return ret;
}
module_init(xen_pm_init);

static void __exit xen_pm_exit(void)
{
	processor_extcntl_unregister(&xen_pm_ops);
	xa_destroy(&xen_pcpus);
}
module_exit(xen_pm_exit);

MODULE_DESCRIPTION("Hand ACPI processor power management data to Xen");
MODULE_LICENSE("GPL");
