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

#include "acpi_processor_sysfs.h"
#include "acpi_processor_xlate.h"
#include "platform_hypercall.h"

/**
 * struct xen_pm_processor - what Xen was given for one physical processor
 * @online: Xen has the processor online, as last heard (at load, or when
 *	Xen brought it online); an offline or parked one still takes the
 *	data, but may answer -EINVAL or -ENODEV for now
 * @hotadded: the backend added the processor to Xen (XENPF_cpu_hotadd),
 *	which has not run it yet
 * @px_count: number of P-states in the table Xen holds, 0 if it holds
 *	none; a _PPC limit is only valid below it.  Xen keeps a table for
 *	as long as it runs: one is sent only while this is 0.
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

/*
 * Xen enters firmware's C-states on no physical processor until those of
 * its CPU 0 arrive (set_cx_pminfo() switches its idle routine then): the
 * ACPI id of Xen's CPU 0, and whether that has been settled, by Xen taking
 * its C-states or by the one warning that it did not.
 */
static u32 xen_pm_cpu0_acpi_id = U32_MAX;
static bool xen_pm_cpu0_cx_settled;

/*
 * _PSD domains by number, as the first member Xen took declared them:
 * the number of processors and the coordination type, packed by
 * xen_pm_psd_key().  Xen refuses a later member that disagrees only after
 * keeping part of its data, so such a member is refused before.
 */
static DEFINE_XARRAY(xen_psd_domains);

/**
 * struct xen_pm_stats - what an upload did, for its summary line
 * @processors: processor objects the ACPI processor driver reported
 * @known: those Xen has a physical processor for
 * @cx: processors whose C-states Xen took
 * @px: processors whose P-states Xen took
 * @hypercalls: XENPF_set_processor_pminfo calls made
 * @refused: calls Xen refused, after their tries
 * @in_xen: time spent in them, to tell Xen's share of an upload from
 *	firmware's
 */
struct xen_pm_stats {
	unsigned int processors;
	unsigned int known;
	unsigned int cx;
	unsigned int px;
	unsigned int hypercalls;
	unsigned int refused;
	ktime_t in_xen;
};

static struct xen_pm_stats xen_pm_stats;

/* Whether the attributes under /sys/devices/system/xen_cpu are ours. */
static bool xen_pm_sysfs_shown;

/*
 * Xen's answers to XENPF_set_processor_pminfo, each reported in full the
 * first time only: one cause tends to hit every processor.
 */
static const struct xen_pm_cause {
	int err;
	const char *meaning;
} xen_pm_causes[] = {
	{ -EINVAL, "Xen found the data or the processor invalid" },
	{ -ENODEV, "Xen keeps the table but cannot drive its _PCT, or the processor is offline" },
	{ -XEN_ENOSYS, "this hypervisor does not take processor power data" },
	{ -EFAULT, "Xen could not read the data" },
};

/* Bit N: xen_pm_causes[N] was reported; the last bit: any other error. */
static unsigned long xen_pm_reported;

#ifdef CONFIG_FAULT_INJECTION
static int inject_error;
static int inject_count = 1;

/* Only the errors Xen answers: anything else would test nothing real. */
static int xen_pm_set_inject_error(const char *val, const struct kernel_param *kp)
{
	int err, ret, i;

	ret = kstrtoint(val, 0, &err);
	if (ret)
		return ret;
	for (i = 0; i < ARRAY_SIZE(xen_pm_causes); i++) {
		if (err == xen_pm_causes[i].err || !err) {
			inject_error = err;
			return 0;
		}
	}
	pr_err("inject_error=%d: neither 0 nor an answer of Xen's: -EINVAL (-22), -ENODEV (-19), -ENOSYS (-38), -EFAULT (-14)\n",
	       err);
	return -EINVAL;
}

static const struct kernel_param_ops xen_pm_inject_error_ops = {
	.set = xen_pm_set_inject_error,
	.get = param_get_int,
};
module_param_cb(inject_error, &xen_pm_inject_error_ops, &inject_error, 0600);
MODULE_PARM_DESC(inject_error,
		 "fault injection: hypercalls fail with this errno instead of reaching Xen (0: off)");
module_param(inject_count, int, 0600);
MODULE_PARM_DESC(inject_count,
		 "fault injection: how many hypercalls fail, -1 for all (default 1)");

static int xen_pm_injected_error(void)
{
	int err = READ_ONCE(inject_error);

	if (!err || !inject_count)
		return 0;
	if (inject_count > 0)
		inject_count--;
	return err;
}
#else
static int xen_pm_injected_error(void)
{
	return 0;
}
#endif /* CONFIG_FAULT_INJECTION */

static int xen_pm_hypercall(const struct xenpf_set_processor_pminfo *info)
{
	ktime_t start = ktime_get();
	int ret = xen_pm_injected_error();

	if (!ret)
		ret = xen_set_pminfo(info);
	xen_pm_stats.in_xen += ktime_sub(ktime_get(), start);
	xen_pm_stats.hypercalls++;
	return ret;
}

static void xen_pm_report_error(struct acpi_processor *pr, const char *what,
				int ret)
{
	unsigned int cause;

	for (cause = 0; cause < ARRAY_SIZE(xen_pm_causes); cause++)
		if (xen_pm_causes[cause].err == ret)
			break;

	if (test_and_set_bit(cause, &xen_pm_reported)) {
		pr_debug("ACPI id %u: Xen refused %s (%d)\n",
			 pr->acpi_id, what, ret);
		return;
	}
	if (cause < ARRAY_SIZE(xen_pm_causes))
		pr_warn("ACPI id %u: Xen refused %s (%d): %s; further refusals for this reason are not reported\n",
			pr->acpi_id, what, ret, xen_pm_causes[cause].meaning);
	else
		pr_warn("ACPI id %u: Xen refused %s (%d); further refusals for this reason are not reported\n",
			pr->acpi_id, what, ret);
}

/*
 * What came of a call: Xen has an offline or parked processor's data, but
 * answers -EINVAL or -ENODEV to what it cannot take yet.
 */
static enum xen_pm_held xen_pm_outcome(struct xen_pm_processor *xp, int ret)
{
	if (!ret)
		return XEN_PM_HELD;
	if (!xp->online && (ret == -EINVAL || ret == -ENODEV))
		return XEN_PM_PENDING;
	return XEN_PM_REFUSED;
}

/*
 * One XENPF_set_processor_pminfo call, made once: Xen never answers it
 * "later" (-EBUSY, -EAGAIN), as it waits for its platform-op lock by
 * restarting the hypercall itself.
 */
static int xen_pm_call(struct acpi_processor *pr, struct xen_pm_processor *xp,
		       const struct xenpf_set_processor_pminfo *info,
		       const char *what)
{
	int ret = xen_pm_hypercall(info);

	if (!ret)
		return 0;

	xen_pm_stats.refused++;
	if (xen_pm_outcome(xp, ret) == XEN_PM_PENDING)
		pr_debug("ACPI id %u: offline in Xen, %s not taken yet (%d)\n",
			 pr->acpi_id, what, ret);
	else
		xen_pm_report_error(pr, what, ret);
	return ret;
}

/*
 * Firmware's objects are reported in one line each: the ACPI id, the
 * object, what is wrong with it and what Xen got instead.
 */
static void xen_pm_report(struct acpi_processor *pr, const char *object,
			  const char *why, const char *outcome)
{
	acpi_handle_warn(pr->handle, FW_BUG "ACPI id %u: %s %s, %s\n",
			 pr->acpi_id, object, why, outcome);
}

/*
 * Evaluate one of the processor's objects into @buf, whose pointer the
 * caller frees.  Return: 0, -ENODEV if firmware has no such object, -EIO
 * if its evaluation failed, which is reported with @outcome.
 */
static int xen_pm_evaluate(struct acpi_processor *pr, const char *object,
			   struct acpi_buffer *buf, const char *outcome)
{
	char why[48];
	acpi_status status;

	*buf = (struct acpi_buffer) { ACPI_ALLOCATE_BUFFER, NULL };
	status = acpi_evaluate_object(pr->handle, (char *)object, NULL, buf);
	if (status == AE_NOT_FOUND)
		return -ENODEV;
	if (ACPI_FAILURE(status)) {
		snprintf(why, sizeof(why), "failed (%s)",
			 acpi_format_exception(status));
		xen_pm_report(pr, object, why, outcome);
		return -EIO;
	}
	return 0;
}

static int xen_upload_cx(struct acpi_processor *pr, struct xen_pm_processor *xp)
{
	static const char outcome[] = "C-states not handed to Xen";
	struct xen_processor_cx states[XEN_PM_MAX_CX];
	struct xenpf_set_processor_pminfo info = {
		.id = pr->acpi_id,
		.type = XEN_PM_CX,
	};
	struct xen_pm_fault fault;
	struct acpi_buffer cst;
	int count, ret;

	ret = xen_pm_evaluate(pr, "_CST", &cst, outcome);
	if (ret) {
		xen_pm_note_cx(pr->acpi_id, ret == -ENODEV ? XEN_PM_NONE :
			       XEN_PM_INVALID, 0, NULL, 0);
		return ret;
	}
	count = xen_pm_parse_cst(cst.pointer, states, &fault);
	kfree(cst.pointer);
	if (count < 0) {
		xen_pm_report(pr, "_CST", fault.why, outcome);
		xen_pm_note_cx(pr->acpi_id, XEN_PM_INVALID, 0, NULL, 0);
		return count;
	}
	if (fault.skipped)
		acpi_handle_warn(pr->handle,
				 FW_BUG "ACPI id %u: _CST %s, %u %s left out\n",
				 pr->acpi_id, fault.why, fault.skipped,
				 fault.skipped == 1 ? "entry" : "entries");

	info.power.count = count;
	info.power.flags.has_cst = 1;
	/* Whether C3 needs bus master checks is for Xen to find out. */
	info.power.flags.bm_control = pr->flags.bm_control;
	set_xen_guest_handle(info.power.states, states);

	ret = xen_pm_call(pr, xp, &info, "_CST");
	xen_pm_note_cx(pr->acpi_id, xen_pm_outcome(xp, ret), ret, states, count);
	if (ret)
		return ret;
	xen_pm_stats.cx++;
	pr_debug("ACPI id %u: %d C-states handed to Xen\n", pr->acpi_id, count);
	return 0;
}

/*
 * Xen does not start frequency scaling on a processor without a _PSD, so
 * one without it is declared alone in a domain of its own.  Xen keys
 * domains by 32 bits and firmware numbers its own from 0: counting down
 * from the top keeps the two apart.
 */
static void xen_pm_own_domain(struct acpi_processor *pr,
			      struct xen_processor_performance *perf)
{
	perf->domain_info = (struct xen_psd_package) {
		.num_entries = ACPI_PSD_REV0_ENTRIES,
		.revision = ACPI_PSD_REV0_REVISION,
		.domain = U32_MAX - pr->acpi_id,
		.coord_type = DOMAIN_COORD_TYPE_SW_ALL,
		.num_processors = 1,
	};
	perf->shared_type = CPUFREQ_SHARED_TYPE_ALL;
}

static int xen_get_psd(struct acpi_processor *pr,
		       struct xen_processor_performance *perf,
		       const char *outcome)
{
	struct xen_pm_fault fault;
	struct acpi_buffer psd;
	int ret;

	ret = xen_pm_evaluate(pr, "_PSD", &psd, outcome);
	if (ret == -ENODEV) {
		xen_pm_own_domain(pr, perf);
		return 0;
	}
	if (ret)
		return ret;

	ret = xen_pm_parse_psd(psd.pointer, &perf->domain_info,
			       &perf->shared_type, &fault);
	if (ret)
		xen_pm_report(pr, "_PSD", fault.why, outcome);
	kfree(psd.pointer);
	return ret;
}

static int xen_check_psd_domain(struct acpi_processor *pr,
				const struct xen_psd_package *psd,
				const char *outcome)
{
	void *first = xa_load(&xen_psd_domains, psd->domain);
	struct xen_pm_fault fault;

	if (!first || !xen_pm_check_psd_member(psd, xa_to_value(first), &fault))
		return 0;
	xen_pm_report(pr, "_PSD", fault.why, outcome);
	return -EINVAL;
}

static void xen_record_psd_domain(struct acpi_processor *pr,
				  const struct xen_psd_package *psd)
{
	int ret = xa_insert(&xen_psd_domains, psd->domain,
			    xa_mk_value(xen_pm_psd_key(psd)), GFP_KERNEL);

	/* -EBUSY: the domain has its first member already. */
	if (ret == -ENOMEM)
		pr_warn("ACPI id %u: no memory to record _PSD domain %llu, its other members are not checked\n",
			pr->acpi_id, psd->domain);
}

static int xen_get_pct(struct acpi_processor *pr,
		       struct xen_processor_performance *perf,
		       const char *outcome)
{
	struct xen_pm_fault fault;
	struct acpi_buffer pct;
	int ret;

	ret = xen_pm_evaluate(pr, "_PCT", &pct, outcome);
	if (ret == -ENODEV)
		xen_pm_report(pr, "_PCT", "is missing", outcome);
	if (ret)
		return ret;

	ret = xen_pm_parse_pct(pct.pointer, &perf->control_register,
			       &perf->status_register, &fault);
	if (ret)
		xen_pm_report(pr, "_PCT", fault.why, outcome);
	kfree(pct.pointer);
	return ret;
}

/*
 * _PPC: the index of the fastest P-state the platform allows now; 0, no
 * limit, when booted with processor.ignore_ppc=1, as natively.
 */
static int xen_get_ppc(struct acpi_processor *pr, unsigned int px_count,
		       u32 *ppc, const char *outcome)
{
	struct xen_pm_fault fault;
	struct acpi_buffer buf;
	int ret;

	if (acpi_processor_ppc_ignored()) {
		*ppc = 0;
		return 0;
	}
	ret = xen_pm_evaluate(pr, "_PPC", &buf, outcome);
	if (ret == -ENODEV) {
		*ppc = 0;
		return 0;
	}
	if (ret)
		return ret;

	ret = xen_pm_parse_ppc(buf.pointer, px_count, ppc, &fault);
	if (ret)
		xen_pm_report(pr, "_PPC", fault.why, outcome);
	kfree(buf.pointer);
	return ret;
}

/*
 * Xen checks a P-state table before it stores it (xen_pm_parse_*() refuse
 * what those checks refuse), stores it, then starts frequency scaling on
 * the processor with it.  Success, an offline processor's refusal and the
 * answers only that start gives (-ENODEV: Xen's cpufreq driver cannot run
 * the _PCT; -EOPNOTSUPP: Xen has no cpufreq driver for the CPU's vendor)
 * leave the table in Xen, for as long as it runs.  Other refusals leave
 * none, so the table is sent again on the next event.
 */
static bool xen_pm_table_stored(struct xen_pm_processor *xp, int ret)
{
	return !ret || ret == -ENODEV || ret == -EOPNOTSUPP ||
	       (!xp->online && ret == -EINVAL);
}

static void xen_pm_keep_table(struct acpi_processor *pr,
			      struct xen_pm_processor *xp,
			      const struct xen_processor_performance *perf,
			      const struct xen_processor_px *states, int ret)
{
	xp->px_count = perf->state_count;
	if (xen_pcpu_keep_px(pr->acpi_id, perf, states, ret))
		pr_warn("ACPI id %u: cannot keep a copy of the P-state table Xen holds: a reload of this module sends it again\n",
			pr->acpi_id);
}

/*
 * The table Xen took from an earlier load of this module: Xen keeps it,
 * so it is not sent again, and the limits sent from now on index it.
 */
static void xen_pm_restore_table(struct acpi_processor *pr,
				 struct xen_pm_processor *xp)
{
	struct xen_processor_performance perf;
	struct xen_processor_px *states;
	int answer;

	if (xen_pcpu_kept_px(pr->acpi_id, &perf, &states, &answer))
		return;
	xp->px_count = perf.state_count;
	if (!answer) {
		xen_pm_stats.px++;
		xen_record_psd_domain(pr, &perf.domain_info);
	}
	if (states)
		xen_pm_note_px(pr->acpi_id, xen_pm_outcome(xp, answer), answer,
			       &perf, states);
	else
		pr_warn("ACPI id %u: no memory to show the P-state table Xen holds\n",
			pr->acpi_id);
}

static int xen_upload_px(struct acpi_processor *pr, struct xen_pm_processor *xp)
{
	static const char outcome[] = "P-states not handed to Xen";
	struct xenpf_set_processor_pminfo info = {
		.id = pr->acpi_id,
		.type = XEN_PM_PX,
		.perf.flags = XEN_PX_PCT | XEN_PX_PSS | XEN_PX_PSD | XEN_PX_PPC,
	};
	struct xen_processor_performance *perf = &info.perf;
	enum xen_pm_held held = XEN_PM_INVALID;
	struct xen_processor_px *states;
	struct xen_pm_fault fault;
	struct acpi_buffer pss;
	int count, ret;

	/* Without _PSS the processor has no P-states: nothing to report. */
	ret = xen_pm_evaluate(pr, "_PSS", &pss, outcome);
	if (ret) {
		xen_pm_note_px(pr->acpi_id, ret == -ENODEV ? XEN_PM_NONE :
			       XEN_PM_INVALID, 0, NULL, NULL);
		return ret;
	}
	count = xen_pm_parse_pss(pss.pointer, &states, &fault);
	kfree(pss.pointer);
	if (count < 0) {
		if (count == -EINVAL)
			xen_pm_report(pr, "_PSS", fault.why, outcome);
		xen_pm_note_px(pr->acpi_id, count == -EINVAL ? XEN_PM_INVALID :
			       XEN_PM_NONE, 0, NULL, NULL);
		return count;
	}

	ret = xen_get_pct(pr, perf, outcome);
	if (!ret)
		ret = xen_get_psd(pr, perf, outcome);
	if (!ret)
		ret = xen_check_psd_domain(pr, &perf->domain_info, outcome);
	if (ret)
		goto out;

	/* A _PPC firmware cannot state sensibly is no limit, as natively. */
	if (xen_get_ppc(pr, count, &perf->platform_limit, "no limit applied"))
		perf->platform_limit = 0;

	perf->state_count = count;
	set_xen_guest_handle(perf->states, states);
	ret = xen_pm_call(pr, xp, &info, "_PCT/_PSS/_PSD/_PPC");
	held = xen_pm_outcome(xp, ret);
	if (xen_pm_table_stored(xp, ret))
		xen_pm_keep_table(pr, xp, perf, states, ret);
	if (!ret) {
		xen_pm_stats.px++;
		xen_record_psd_domain(pr, &perf->domain_info);
		pr->performance_platform_limit = perf->platform_limit;
	}
out:
	xen_pm_note_px(pr->acpi_id, held, held == XEN_PM_INVALID ? 0 : ret,
		       perf, states);
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

	ret = xen_get_ppc(pr, xp->px_count, &info.perf.platform_limit,
			  "Xen keeps the last limit");
	if (ret)
		return ret;

	ret = xen_pm_call(pr, xp, &info, "_PPC");
	xen_pm_note_ppc(pr->acpi_id, info.perf.platform_limit, ret);
	if (ret)
		return ret;
	pr->performance_platform_limit = info.perf.platform_limit;
	pr_debug("ACPI id %u: _PPC %u handed to Xen\n",
		 pr->acpi_id, info.perf.platform_limit);
	return 0;
}

/* @ret: what came of handing @pr's _CST to Xen, -ENODEV if there is none. */
static void xen_pm_check_cpu0_cx(struct acpi_processor *pr, int ret)
{
	if (pr->acpi_id != xen_pm_cpu0_acpi_id || xen_pm_cpu0_cx_settled ||
	    ret == -ENODEV)
		return;
	xen_pm_cpu0_cx_settled = true;
	if (ret)
		pr_warn("ACPI id %u is Xen's CPU 0, and Xen did not take its _CST: until it does, Xen uses firmware's C-states on no physical CPU, which all idle in C1 unless Xen runs an idle driver of its own\n",
			pr->acpi_id);
}

/*
 * The processor as the backend knows it, whether Xen runs it as last
 * heard: the xen_pcpus entry is updated when Xen brings it online.
 */
static struct xen_pm_processor *xen_pm_processor(struct acpi_processor *pr)
{
	struct xen_pm_processor *xp = xa_load(&xen_pm_processors, pr->acpi_id);

	if (xp)
		xp->online = xa_to_value(xa_load(&xen_pcpus, pr->acpi_id));
	return xp;
}

static int xen_pm_idle(struct acpi_processor *pr,
		       enum processor_extcntl_event event)
{
	struct xen_pm_processor *xp = xen_pm_processor(pr);
	int ret;

	if (!xp)
		return -ENODEV;
	/*
	 * Xen resets the C-states of a processor when it brings it up: one
	 * it has never run gets them then (xen_pm_pcpu_online()), not at
	 * hot-add.
	 */
	if (xp->hotadded && event == PROCESSOR_EXTCNTL_INIT)
		return 0;
	/* Xen takes the whole list again when _CST changes. */
	ret = xen_upload_cx(pr, xp);
	xen_pm_check_cpu0_cx(pr, ret);
	return ret;
}

static int xen_pm_perf(struct acpi_processor *pr,
		       enum processor_extcntl_event event)
{
	struct xen_pm_processor *xp = xen_pm_processor(pr);

	if (!xp)
		return -ENODEV;
	/*
	 * Xen cannot replace a processor's P-state table (4.20 ignores a new
	 * one, 4.17 stores it, leaks the old one and keeps sizing its
	 * statistics by the first), so once Xen holds one, only the limit
	 * is sent again.
	 */
	if (!xp->px_count)
		return xen_upload_px(pr, xp);
	return xen_upload_ppc(pr, xp);
}

/*
 * What dom0 tells firmware of its processors natively (the kernel's own
 * bits, which Xen sanitizes for its boot CPU), for each processor's
 * XEN_PM_PDC to start from: Xen sets the bits of what it runs and keeps
 * the C-, P- and T-state bits of the rest, so starting from nothing would
 * withdraw some firmware got at boot, such as the _TSD coordination of
 * T-states.
 */
static u32 xen_pm_native_caps;

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
	u32 pdc[3] = { ACPI_PDC_REVISION_ID, 1, xen_pm_native_caps };
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
	/*
	 * Xen offers MWAIT wherever the CPU has it; dom0 booted with
	 * idle=nomwait tells firmware it is not used, as it does natively.
	 */
	if (boot_option_idle_override == IDLE_NOMWAIT)
		pdc[2] &= ~(ACPI_PROC_CAP_C_C1_FFH | ACPI_PROC_CAP_C_C2C3_FFH);

	if (has_osc)
		xen_pm_run_osc(pr, pdc[2]);
	else
		xen_pm_run_pdc(pr, pdc);
}

/*
 * The processor's proximity domain: its _PXM or, as ACPI has it, that of
 * its nearest ancestor with one; 0 without any.  acpi_get_node() walks
 * the same way, but to a node of dom0's, which Xen's domains are not.
 */
static unsigned long long xen_pm_firmware_pxm(acpi_handle handle)
{
	unsigned long long pxm;

	do {
		if (ACPI_SUCCESS(acpi_evaluate_integer(handle, "_PXM", NULL, &pxm)))
			return pxm;
	} while (ACPI_SUCCESS(acpi_get_parent(handle, &handle)));
	return 0;
}

/*
 * A physical processor firmware says is present but Xen does not know was
 * plugged in after Xen booted, which learns of it only from dom0: tell Xen
 * its APIC id (_MAT) and proximity domain (_PXM).  Xen keeps it offline
 * until it is brought online (xen-hptool cpu-online).
 */
static int xen_pm_hotadd(struct acpi_processor *pr)
{
	unsigned long long sta, pxm;
	acpi_object_type type;
	phys_cpuid_t apic_id;
	int cpu;

	/* Without _STA a processor is present. */
	if (ACPI_FAILURE(acpi_bus_get_status_handle(pr->handle, &sta)) ||
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
	pxm = xen_pm_firmware_pxm(pr->handle);

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
	pr_info("ACPI id %u: added to Xen as physical CPU %d (APIC id %u, proximity domain %llu), offline until brought online\n",
		pr->acpi_id, cpu, apic_id, pxm);
	/* Xen announces CPUs going online, not added ones: list it now. */
	if (xen_pcpu_rescan())
		pr_warn("ACPI id %u: physical CPU %d is not under /sys/devices/system/xen_cpu yet\n",
			pr->acpi_id, cpu);
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
		xen_pm_view_remove(pr->acpi_id);
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

	xp = kzalloc_obj(*xp);
	if (!xp)
		return -ENOMEM;
	xp->online = xa_to_value(pcpu);
	xp->hotadded = hotadded;
	ret = xen_pm_view_add(pr->acpi_id);
	if (ret)
		goto free;
	ret = xa_insert(&xen_pm_processors, pr->acpi_id, xp, GFP_KERNEL);
	if (ret) {
		xen_pm_view_remove(pr->acpi_id);
		goto free;
	}

	xen_pm_set_caps(pr, xp);
	xen_pm_restore_table(pr, xp);
	return 0;
free:
	kfree(xp);
	return ret;
}

static const struct processor_extcntl_ops xen_pm_ops = {
	.idle = xen_pm_idle,
	.perf = xen_pm_perf,
	.hotplug = xen_pm_hotplug,
};

/*
 * Xen starts a processor it brings online with C1 only (cpuidle_init_cpu()
 * on CPU_UP_PREPARE): hand it its data again, C-states first.
 */
static int xen_pm_pcpu_online(struct notifier_block *nb, unsigned long action,
			      void *data)
{
	u32 acpi_id = *(u32 *)data;

	if (xa_err(xa_store(&xen_pcpus, acpi_id, xa_mk_value(true), GFP_KERNEL)))
		pr_warn("ACPI id %u: no memory to note that Xen runs it\n", acpi_id);
	processor_extcntl_renew(acpi_id);
	return NOTIFY_OK;
}

static struct notifier_block xen_pm_pcpu_nb = {
	.notifier_call = xen_pm_pcpu_online,
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
		if (!cpu)
			xen_pm_cpu0_acpi_id = info.acpi_id;
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

	arch_acpi_set_proc_cap_bits(&xen_pm_native_caps);
	ret = xen_pm_find_pcpus();
	if (ret)
		goto err;

	/* Sysfs is for management stacks: Xen gets the data without it. */
	ret = xen_pm_sysfs_init();
	if (ret)
		pr_warn("cannot show what Xen holds under /sys/devices/system/xen_cpu (%d)\n",
			ret);
	xen_pm_sysfs_shown = !ret;

	ret = processor_extcntl_register(&xen_pm_ops);
	if (ret == -EBUSY)
		pr_err("processor power management is already run by another driver (xen-acpi-processor or a cpufreq driver)\n");
	else if (ret)
		pr_err("cannot register with the ACPI processor driver (%d)\n",
		       ret);
	if (ret)
		goto err;
	if (xen_pcpu_register_online_notifier(&xen_pm_pcpu_nb))
		pr_warn("not told of processors Xen brings online: their C-states are not handed again\n");

	pr_info("%u ACPI processors, %u in Xen: C-states for %u, P-states for %u; %u hypercalls (%u refused) taking %lld us of %lld us\n",
		st->processors, st->known, st->cx, st->px, st->hypercalls,
		st->refused,
		ktime_to_us(st->in_xen), ktime_us_delta(ktime_get(), start));
	return 0;
err:
	if (xen_pm_sysfs_shown)
		xen_pm_sysfs_exit();
	xa_destroy(&xen_pcpus);
	xa_destroy(&xen_psd_domains);
	return ret;
}
module_init(xen_pm_init);

static void __exit xen_pm_exit(void)
{
	xen_pcpu_unregister_online_notifier(&xen_pm_pcpu_nb);
	processor_extcntl_unregister(&xen_pm_ops);
	if (xen_pm_sysfs_shown)
		xen_pm_sysfs_exit();
	xa_destroy(&xen_pcpus);
	xa_destroy(&xen_psd_domains);
}
module_exit(xen_pm_exit);

MODULE_DESCRIPTION("Hand ACPI processor power management data to Xen");
MODULE_LICENSE("GPL");
