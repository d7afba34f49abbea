// SPDX-License-Identifier: GPL-2.0
/*
 * Show what the backend handed Xen for each physical processor, under the
 * devices dom0 has for them, /sys/devices/system/xen_cpu/xen_cpuN/pm/, and
 * which sleep states the host can enter, /sys/devices/system/xen_cpu/pm/.
 * Management stacks read them instead of asking Xen; dom0's own cpufreq
 * and cpuidle directories describe its vCPUs, not the host.
 *
 * The values are those of the last update Xen took.  A refused or skipped
 * update leaves them as they were, even where Xen stored part of it before
 * refusing (a P-state table its cpufreq driver cannot drive, a _PPC limit
 * for a processor it has offline): Xen does not run that part.
 * Documentation/ABI/testing/sysfs-devices-system-xen_cpu describes each
 * file.
 */

#include <linux/acpi.h>
#include <linux/device.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sysfs.h>
#include <linux/xarray.h>

#include <acpi/processor.h>
#include <xen/xen.h>

#include "acpi_processor_sysfs.h"
#include "acpi_processor_xlate.h"

/**
 * struct xen_pm_view - what Xen holds for one physical processor
 * @cx_held: what Xen holds of its C-states
 * @cx_count: number of C-states in @cx
 * @cx: the C-states Xen took last
 * @px_held: what Xen holds of its P-states
 * @px: the P-states Xen took
 * @perf: what Xen took with them: their number, the last _PPC limit and
 *	the _PSD domain (its states handle is stale, @px has the states)
 * @last_error: Xen's last refusal for this processor, 0 if none
 */
struct xen_pm_view {
	enum xen_pm_held cx_held;
	unsigned int cx_count;
	struct xen_processor_cx cx[XEN_PM_MAX_CX];
	enum xen_pm_held px_held;
	struct xen_processor_px *px;
	struct xen_processor_performance perf;
	int last_error;
};

/* Views by ACPI processor id; the lock keeps readers off half updates. */
static DEFINE_XARRAY(xen_pm_views);
static DEFINE_MUTEX(xen_pm_views_lock);

/* What a physical CPU without a processor object shows. */
static const struct xen_pm_view xen_pm_no_view;

/**
 * xen_pm_view_add() - start showing a processor
 * @acpi_id: its ACPI processor id
 *
 * Return: 0, or -ENOMEM.
 */
int xen_pm_view_add(u32 acpi_id)
{
	struct xen_pm_view *view = kzalloc(sizeof(*view), GFP_KERNEL);
	int ret;

	if (!view)
		return -ENOMEM;
	mutex_lock(&xen_pm_views_lock);
	ret = xa_insert(&xen_pm_views, acpi_id, view, GFP_KERNEL);
	mutex_unlock(&xen_pm_views_lock);
	if (ret)
		kfree(view);
	return ret;
}

/**
 * xen_pm_view_remove() - stop showing a processor
 * @acpi_id: its ACPI processor id
 */
void xen_pm_view_remove(u32 acpi_id)
{
	struct xen_pm_view *view;

	mutex_lock(&xen_pm_views_lock);
	view = xa_erase(&xen_pm_views, acpi_id);
	mutex_unlock(&xen_pm_views_lock);
	if (view)
		kfree(view->px);
	kfree(view);
}

/*
 * The view of a processor, locked, with Xen's refusal, if any, noted;
 * NULL, locked too, for a processor that is not shown.
 */
static struct xen_pm_view *xen_pm_lock_view(u32 acpi_id, int error)
{
	struct xen_pm_view *view;

	mutex_lock(&xen_pm_views_lock);
	view = xa_load(&xen_pm_views, acpi_id);
	if (view && error)
		view->last_error = error;
	return view;
}

/* What was handed over and is shown: held, or kept for later. */
static bool xen_pm_handed(enum xen_pm_held held)
{
	return held == XEN_PM_HELD || held == XEN_PM_PENDING;
}

/*
 * Xen keeps what it holds when it refuses an update or gets none: only a
 * processor without data takes such an outcome.
 */
static void xen_pm_note_held(enum xen_pm_held *shown, enum xen_pm_held held)
{
	if (xen_pm_handed(held) || !xen_pm_handed(*shown))
		*shown = held;
}

/**
 * xen_pm_note_cx() - note what came of handing Xen a processor's C-states
 * @acpi_id: the processor's ACPI id
 * @held: the outcome
 * @error: Xen's answer when it refused them, else 0
 * @states: the C-states handed over, when @held is XEN_PM_HELD or
 *	XEN_PM_PENDING
 * @count: their number
 */
void xen_pm_note_cx(u32 acpi_id, enum xen_pm_held held, int error,
		    const struct xen_processor_cx *states, unsigned int count)
{
	struct xen_pm_view *view = xen_pm_lock_view(acpi_id, error);

	if (view && xen_pm_handed(held)) {
		view->cx_count = min_t(unsigned int, count, XEN_PM_MAX_CX);
		memcpy(view->cx, states, view->cx_count * sizeof(*states));
	}
	if (view)
		xen_pm_note_held(&view->cx_held, held);
	mutex_unlock(&xen_pm_views_lock);
}

/**
 * xen_pm_note_px() - note what came of handing Xen a processor's P-states
 * @acpi_id: the processor's ACPI id
 * @held: the outcome
 * @error: Xen's answer when it refused them, else 0
 * @perf: what was handed over, when @held is XEN_PM_HELD or XEN_PM_PENDING
 * @states: its P-states, or NULL; this function takes them
 */
void xen_pm_note_px(u32 acpi_id, enum xen_pm_held held, int error,
		    const struct xen_processor_performance *perf,
		    struct xen_processor_px *states)
{
	struct xen_pm_view *view = xen_pm_lock_view(acpi_id, error);

	if (view && xen_pm_handed(held)) {
		swap(view->px, states);
		view->perf = *perf;
	}
	if (view)
		xen_pm_note_held(&view->px_held, held);
	mutex_unlock(&xen_pm_views_lock);
	kfree(states);
}

/**
 * xen_pm_note_ppc() - note what came of handing Xen a processor's limit
 * @acpi_id: the processor's ACPI id
 * @limit: the _PPC limit Xen was handed
 * @error: Xen's answer when it refused it, else 0
 */
void xen_pm_note_ppc(u32 acpi_id, u32 limit, int error)
{
	struct xen_pm_view *view = xen_pm_lock_view(acpi_id, error);

	if (view && !error)
		view->perf.platform_limit = limit;
	mutex_unlock(&xen_pm_views_lock);
}

/*
 * Each file of the pm/ group is a device attribute whose show() calls its
 * emit() with the processor's view, under the lock.
 */
struct xen_pm_attribute {
	struct device_attribute attr;
	ssize_t (*emit)(const struct xen_pm_view *view,
			const struct xen_pm_attribute *xattr, char *buf);
	/* Of the P-states, else of the C-states. */
	bool pstates;
	/* The value shown: of the i-th state for lists. */
	u64 (*value)(const struct xen_pm_view *view, unsigned int i);
};

static ssize_t xen_pm_show(struct device *dev, struct device_attribute *attr,
			   char *buf)
{
	const struct xen_pm_attribute *xattr =
		container_of(attr, struct xen_pm_attribute, attr);
	const struct xen_pm_view *view;
	ssize_t len;

	mutex_lock(&xen_pm_views_lock);
	view = xa_load(&xen_pm_views, xen_pcpu_acpi_id(dev));
	len = xattr->emit(view ?: &xen_pm_no_view, xattr, buf);
	mutex_unlock(&xen_pm_views_lock);
	return len;
}

#define XEN_PM_ATTR(_name, _emit, _pstates, _value)			\
static struct xen_pm_attribute xen_pm_attr_##_name = {			\
	.attr = __ATTR(_name, 0444, xen_pm_show, NULL),			\
	.emit = _emit,							\
	.pstates = _pstates,						\
	.value = _value,						\
}

/* A file listing FIELD of each C-state, or P-state, Xen holds. */
#define XEN_PM_CX_LIST(_name, _field)					\
static u64 xen_pm_##_name(const struct xen_pm_view *view, unsigned int i) \
{									\
	return view->cx[i]._field;					\
}									\
XEN_PM_ATTR(_name, xen_pm_emit_list, false, xen_pm_##_name)

#define XEN_PM_PX_LIST(_name, _field)					\
static u64 xen_pm_##_name(const struct xen_pm_view *view, unsigned int i) \
{									\
	return view->px[i]._field;					\
}									\
XEN_PM_ATTR(_name, xen_pm_emit_list, true, xen_pm_##_name)

/* A file showing FIELD of what Xen took with the P-states. */
#define XEN_PM_PX_VALUE(_name, _field)					\
static u64 xen_pm_##_name(const struct xen_pm_view *view, unsigned int i) \
{									\
	return view->perf._field;					\
}									\
XEN_PM_ATTR(_name, xen_pm_emit_px_value, true, xen_pm_##_name)

static const char *const xen_pm_held_names[] = {
	[XEN_PM_NONE]		= "none",
	[XEN_PM_HELD]		= "held",
	[XEN_PM_INVALID]	= "invalid",
	[XEN_PM_REFUSED]	= "refused",
	[XEN_PM_PENDING]	= "pending",
};

static ssize_t xen_pm_emit_held(const struct xen_pm_view *view,
				const struct xen_pm_attribute *xattr, char *buf)
{
	enum xen_pm_held held = xattr->pstates ? view->px_held : view->cx_held;

	return sysfs_emit(buf, "%s\n", xen_pm_held_names[held]);
}
XEN_PM_ATTR(cstates, xen_pm_emit_held, false, NULL);
XEN_PM_ATTR(pstates, xen_pm_emit_held, true, NULL);

/* Lists hold one value per state, separated by spaces, as cpufreq's do. */
static ssize_t xen_pm_emit_list(const struct xen_pm_view *view,
				const struct xen_pm_attribute *xattr, char *buf)
{
	unsigned int count = xattr->pstates ? view->perf.state_count :
					      view->cx_count;
	ssize_t len = 0;
	unsigned int i;

	for (i = 0; i < count; i++)
		len += sysfs_emit_at(buf, len, "%s%llu", i ? " " : "",
				     xattr->value(view, i));
	return len + sysfs_emit_at(buf, len, "\n");
}

XEN_PM_CX_LIST(cstate_types, type);
XEN_PM_CX_LIST(cstate_latency_us, latency);
XEN_PM_CX_LIST(cstate_power_mw, power);
XEN_PM_PX_LIST(pstate_freq_mhz, core_frequency);
XEN_PM_PX_LIST(pstate_power_mw, power);
XEN_PM_PX_LIST(pstate_transition_latency_us, transition_latency);
XEN_PM_PX_LIST(pstate_bus_master_latency_us, bus_master_latency);

/* How each C-state is entered: an I/O port read, or the CPU's own way. */
static ssize_t xen_pm_emit_cstate_entry(const struct xen_pm_view *view,
					const struct xen_pm_attribute *xattr,
					char *buf)
{
	ssize_t len = 0;
	unsigned int i;

	for (i = 0; i < view->cx_count; i++)
		len += sysfs_emit_at(buf, len, "%s%s", i ? " " : "",
				     view->cx[i].reg.space_id ==
				     ACPI_ADR_SPACE_SYSTEM_IO ? "io" : "ffh");
	return len + sysfs_emit_at(buf, len, "\n");
}
XEN_PM_ATTR(cstate_entry, xen_pm_emit_cstate_entry, false, NULL);

/* Values of the P-states' domain and limit: none while Xen holds none. */
static ssize_t xen_pm_emit_px_value(const struct xen_pm_view *view,
				    const struct xen_pm_attribute *xattr,
				    char *buf)
{
	if (!xen_pm_handed(view->px_held))
		return sysfs_emit(buf, "\n");
	return sysfs_emit(buf, "%llu\n", xattr->value(view, 0));
}

XEN_PM_PX_VALUE(ppc, platform_limit);
XEN_PM_PX_VALUE(psd_domain, domain_info.domain);
XEN_PM_PX_VALUE(psd_num_processors, domain_info.num_processors);

static ssize_t xen_pm_emit_psd_coordination(const struct xen_pm_view *view,
					    const struct xen_pm_attribute *xattr,
					    char *buf)
{
	switch (xen_pm_handed(view->px_held) ?
		view->perf.domain_info.coord_type : 0) {
	case DOMAIN_COORD_TYPE_SW_ALL:
		return sysfs_emit(buf, "sw_all\n");
	case DOMAIN_COORD_TYPE_SW_ANY:
		return sysfs_emit(buf, "sw_any\n");
	case DOMAIN_COORD_TYPE_HW_ALL:
		return sysfs_emit(buf, "hw_all\n");
	default:
		return sysfs_emit(buf, "\n");
	}
}
XEN_PM_ATTR(psd_coordination, xen_pm_emit_psd_coordination, true, NULL);

static ssize_t xen_pm_emit_last_error(const struct xen_pm_view *view,
				      const struct xen_pm_attribute *xattr,
				      char *buf)
{
	return sysfs_emit(buf, "%d\n", view->last_error);
}
XEN_PM_ATTR(last_error, xen_pm_emit_last_error, false, NULL);

static struct attribute *xen_pm_cpu_attrs[] = {
	&xen_pm_attr_cstates.attr.attr,
	&xen_pm_attr_cstate_types.attr.attr,
	&xen_pm_attr_cstate_latency_us.attr.attr,
	&xen_pm_attr_cstate_power_mw.attr.attr,
	&xen_pm_attr_cstate_entry.attr.attr,
	&xen_pm_attr_pstates.attr.attr,
	&xen_pm_attr_pstate_freq_mhz.attr.attr,
	&xen_pm_attr_pstate_power_mw.attr.attr,
	&xen_pm_attr_pstate_transition_latency_us.attr.attr,
	&xen_pm_attr_pstate_bus_master_latency_us.attr.attr,
	&xen_pm_attr_ppc.attr.attr,
	&xen_pm_attr_psd_domain.attr.attr,
	&xen_pm_attr_psd_coordination.attr.attr,
	&xen_pm_attr_psd_num_processors.attr.attr,
	&xen_pm_attr_last_error.attr.attr,
	NULL
};

static const struct attribute_group xen_pm_cpu_group = {
	.name = "pm",
	.attrs = xen_pm_cpu_attrs,
};

static bool xen_pm_firmware_has(u8 sleep_state)
{
	u8 type_a, type_b;

	return ACPI_SUCCESS(acpi_get_sleep_type_data(sleep_state, &type_a,
						     &type_b));
}

/*
 * The sleep states the host can enter.  Dom0 suspends the host to RAM
 * through Xen (XENPF_enter_acpi_sleep) when firmware has S3; Xen enters
 * no other sleep state, so S4 is never offered, whatever firmware says.
 */
static ssize_t sleep_states_show(struct device *dev,
				 struct device_attribute *attr, char *buf)
{
	bool mem = IS_ENABLED(CONFIG_SUSPEND) && IS_ENABLED(CONFIG_ACPI_SLEEP) &&
		   xen_pm_firmware_has(ACPI_STATE_S3);

	return sysfs_emit(buf, "%s\n", mem ? "mem" : "");
}
static DEVICE_ATTR_RO(sleep_states);

/* The sleep states firmware declares, S3 and S4, whoever can enter them. */
static ssize_t firmware_sleep_states_show(struct device *dev,
					  struct device_attribute *attr,
					  char *buf)
{
	bool mem = xen_pm_firmware_has(ACPI_STATE_S3);
	bool disk = xen_pm_firmware_has(ACPI_STATE_S4);

	return sysfs_emit(buf, "%s%s%s\n", mem ? "mem" : "",
			  mem && disk ? " " : "", disk ? "disk" : "");
}
static DEVICE_ATTR_RO(firmware_sleep_states);

static struct attribute *xen_pm_host_attrs[] = {
	&dev_attr_sleep_states.attr,
	&dev_attr_firmware_sleep_states.attr,
	NULL
};

static const struct attribute_group xen_pm_host_group = {
	.name = "pm",
	.attrs = xen_pm_host_attrs,
};

/**
 * xen_pm_sysfs_init() - show the views under dom0's physical CPU devices
 *
 * Return: 0, or the error of adding the attributes.
 */
int xen_pm_sysfs_init(void)
{
	return xen_pcpu_add_groups(&xen_pm_cpu_group, &xen_pm_host_group);
}

/**
 * xen_pm_sysfs_exit() - remove the attributes
 *
 * Their callbacks have all returned when this returns.
 */
void xen_pm_sysfs_exit(void)
{
	xen_pcpu_remove_groups();
}
