// SPDX-License-Identifier: GPL-2.0
/*
 * processor_extcntl.c - processor power management run by an external entity
 *
 * The ACPI processor driver reports each processor it starts and each
 * firmware change to at most one registered backend.  Processors are kept
 * by ACPI processor id, the key firmware and the external entity share:
 * this kernel's CPU numbers need not correspond to physical processors.
 */

#define pr_fmt(fmt) "ACPI: processor_extcntl: " fmt

#include <linux/acpi.h>
#include <linux/export.h>
#include <linux/mutex.h>
#include <linux/suspend.h>
#include <linux/workqueue.h>
#include <linux/xarray.h>

#include <acpi/processor.h>
#include <acpi/processor_extcntl.h>

#include "internal.h"

#define ACPI_PROCESSOR_NOTIFY_PERFORMANCE	0x80
#define ACPI_PROCESSOR_NOTIFY_POWER		0x81

/*
 * extcntl_reg_lock serialises registration and processor add/remove; it
 * is held while notify handlers are removed, which waits for running
 * ones.  extcntl_lock, taken inside it and by notify handlers, serialises
 * the backend callbacks.  The processor driver adds processors from its
 * CPU-online callback, under the CPU-hotplug locks, so nothing that takes
 * those (the PM notifier chain's lock, held across suspend's CPU-hotplug
 * callback) may be taken under extcntl_reg_lock.  extcntl_ops is set and
 * cleared under both, and set under the P-state library's lock too
 * (acpi_processor_perf_lock()), under which native P-state registration
 * checks for it; it is read without a lock only to stand native code back.
 */
static DEFINE_MUTEX(extcntl_reg_lock);
static DEFINE_MUTEX(extcntl_lock);
static const struct processor_extcntl_ops *extcntl_ops;
/* Every processor reported to the backend, indexed by ACPI processor id. */
static DEFINE_XARRAY(extcntl_processors);
/*
 * Processors the ACPI processor driver does not start because this kernel
 * has no CPU for them (dom0 usually has fewer vCPUs than the host has
 * physical processors).  The interface finds them in the namespace while a
 * backend is registered and owns their struct acpi_processor.
 */
static DEFINE_XARRAY(extcntl_unbound);

/* Marks, in extcntl_processors, the processors the backend took. */
#define EXTCNTL_TAKEN	XA_MARK_0

/*
 * The devices above unbound processors, whose bus and device checks may
 * announce processors plugged in below them (a socket in a module device):
 * each has a notify handler, under extcntl_lock.
 */
struct extcntl_parent {
	struct list_head node;
	acpi_handle handle;
};

static LIST_HEAD(extcntl_parents);

/*
 * Notify handlers run on kacpi_notify, which every ACPI device's Notify
 * goes through, and the backend's answer to one may take ACPI evaluations
 * and hypercalls under extcntl_lock: Notifies are queued here and handed
 * to the backend from extcntl_work, so that a burst of them neither holds
 * a worker each nor makes other devices' Notifies wait.  Events for a
 * processor not handed over yet are merged (each callback reads
 * firmware's objects as they are then), as EXTCNTL_EV_* bits in an xarray
 * value by ACPI id.  extcntl_pending_lock, a mutex as Notify handlers run
 * in process context, protects it and orders queueing against
 * unregistration.
 */
#define EXTCNTL_EV_CHECK	BIT(0)	/* bus or device check */
#define EXTCNTL_EV_POWER	BIT(1)	/* Notify 0x81: _CST changed */
#define EXTCNTL_EV_PERF		BIT(2)	/* Notify 0x80: _PPC changed */

static DEFINE_MUTEX(extcntl_pending_lock);
static DEFINE_XARRAY(extcntl_pending);
/* A bus or device check above processors: look for new ones. */
static bool extcntl_rescan_pending;
static void extcntl_work_fn(struct work_struct *work);
static DECLARE_WORK(extcntl_work, extcntl_work_fn);

static void extcntl_start(struct acpi_processor *pr)
{
	if (extcntl_ops->hotplug(pr, true))
		return;

	xa_set_mark(&extcntl_processors, pr->acpi_id, EXTCNTL_TAKEN);
	extcntl_ops->idle(pr, PROCESSOR_EXTCNTL_INIT);
	extcntl_ops->perf(pr, PROCESSOR_EXTCNTL_INIT);
}

/*
 * Processors whose P-states a native driver already registered cannot be
 * handed over: that driver programs them and keeps pointers into their
 * performance data.
 */
static int extcntl_check_no_native_perf(void)
{
	struct acpi_processor *pr;
	unsigned long acpi_id;

	xa_for_each(&extcntl_processors, acpi_id, pr) {
		if (pr->performance) {
			pr_err("ACPI id %lu: P-states already run by a native driver, cannot hand them over\n",
			       acpi_id);
			return -EBUSY;
		}
	}
	return 0;
}

/* The ACPI processor id of a Processor object (ProcId) or device (_UID). */
static int extcntl_acpi_id(acpi_handle handle, u32 *acpi_id)
{
	union acpi_object object = { 0 };
	struct acpi_buffer buffer = { sizeof(object), &object };
	unsigned long long uid;
	acpi_object_type type;

	if (ACPI_FAILURE(acpi_get_type(handle, &type)))
		return -ENODEV;

	if (type == ACPI_TYPE_PROCESSOR) {
		if (ACPI_FAILURE(acpi_evaluate_object(handle, NULL, NULL, &buffer)))
			return -ENODEV;
		*acpi_id = object.processor.proc_id;
		return 0;
	}

	if (ACPI_FAILURE(acpi_evaluate_integer(handle, METHOD_NAME__UID, NULL, &uid)))
		return -ENODEV;
	*acpi_id = uid;
	return 0;
}

static void extcntl_unbound_notify(acpi_handle handle, u32 event, void *data)
{
	processor_extcntl_notify(data, event);
}

static void extcntl_parent_notify(acpi_handle handle, u32 event, void *data)
{
	if (event != ACPI_NOTIFY_BUS_CHECK && event != ACPI_NOTIFY_DEVICE_CHECK)
		return;

	mutex_lock(&extcntl_pending_lock);
	if (READ_ONCE(extcntl_ops)) {
		extcntl_rescan_pending = true;
		queue_work(system_unbound_wq, &extcntl_work);
	}
	mutex_unlock(&extcntl_pending_lock);
}

/* Called with extcntl_lock held. */
static void extcntl_watch_parent(acpi_handle child)
{
	struct extcntl_parent *parent;
	acpi_object_type type;
	acpi_handle handle;

	if (ACPI_FAILURE(acpi_get_parent(child, &handle)) ||
	    ACPI_FAILURE(acpi_get_type(handle, &type)) || type != ACPI_TYPE_DEVICE)
		return;
	list_for_each_entry(parent, &extcntl_parents, node)
		if (parent->handle == handle)
			return;

	parent = kzalloc_obj(*parent);
	if (!parent)
		return;
	parent->handle = handle;
	if (ACPI_FAILURE(acpi_install_notify_handler(handle, ACPI_SYSTEM_NOTIFY,
						     extcntl_parent_notify, NULL))) {
		acpi_handle_warn(handle, "no notify handler, processors plugged in below are seen only by their own device checks\n");
		kfree(parent);
		return;
	}
	list_add(&parent->node, &extcntl_parents);
}

/*
 * Called without extcntl_lock: removing a notify handler waits for every
 * running Notify handler.
 */
static void extcntl_unwatch_parents(void)
{
	struct extcntl_parent *parent, *next;

	list_for_each_entry_safe(parent, next, &extcntl_parents, node) {
		acpi_remove_notify_handler(parent->handle, ACPI_SYSTEM_NOTIFY,
					   extcntl_parent_notify);
		list_del(&parent->node);
		kfree(parent);
	}
}

/* Without _STA a processor is present. */
static bool extcntl_present(acpi_handle handle)
{
	unsigned long long sta;

	return ACPI_SUCCESS(acpi_bus_get_status_handle(handle, &sta)) &&
	       (sta & ACPI_STA_DEVICE_PRESENT);
}

/*
 * A processor of the interface's own, for one this kernel has no CPU for;
 * the caller puts it in extcntl_processors, then watches it.
 */
static struct acpi_processor *extcntl_new_unbound(acpi_handle handle, u32 acpi_id)
{
	struct acpi_processor *pr;

	pr = kzalloc_obj(*pr);
	if (!pr)
		return NULL;
	pr->handle = handle;
	pr->acpi_id = acpi_id;
	pr->phys_id = PHYS_CPUID_INVALID;
	pr->id = U32_MAX;
	/* As acpi_processor_get_info() finds it for started processors. */
	pr->flags.bm_control = acpi_gbl_FADT.pm2_control_block &&
			       acpi_gbl_FADT.pm2_control_length;

	if (xa_insert(&extcntl_unbound, acpi_id, pr, GFP_KERNEL)) {
		kfree(pr);
		return NULL;
	}
	return pr;
}

/* ACPI_ALL_NOTIFY: device checks announce hot-added processors. */
static void extcntl_watch_unbound(struct acpi_processor *pr)
{
	if (ACPI_FAILURE(acpi_install_notify_handler(pr->handle, ACPI_ALL_NOTIFY,
						     extcntl_unbound_notify, pr)))
		acpi_handle_warn(pr->handle,
				 "ACPI id %u: no notify handler, firmware changes will not be passed on\n",
				 pr->acpi_id);
}

/*
 * Removing the notify handler waits for every running Notify handler;
 * those of processors take extcntl_pending_lock only.
 */
static void extcntl_free_unbound(struct acpi_processor *pr)
{
	acpi_remove_notify_handler(pr->handle, ACPI_ALL_NOTIFY,
				   extcntl_unbound_notify);
	xa_erase(&extcntl_unbound, pr->acpi_id);
	kfree(pr);
}

/*
 * Firmware may declare a processor twice, as a Processor() object and an
 * ACPI0007 device, and say with _STA which of the two is there: that one
 * is kept.  A declaration the backend did not take (it has no data for
 * it) gives way to a present one; two present ones are a firmware bug.
 * Return: true if @handle is to replace @known.
 */
static bool extcntl_second_declaration(struct acpi_processor *known,
				       acpi_handle handle)
{
	if (!extcntl_present(handle))
		return false;
	if (xa_load(&extcntl_unbound, known->acpi_id) == known &&
	    !xa_get_mark(&extcntl_processors, known->acpi_id, EXTCNTL_TAKEN) &&
	    !extcntl_present(known->handle))
		return true;
	acpi_handle_err(handle, FW_BUG
			"ACPI id %u declared by more than one processor, ignoring this one\n",
			known->acpi_id);
	return false;
}

/*
 * Called with extcntl_lock held, for each processor in the namespace; the
 * notify handlers it removes take no such lock.
 */
static acpi_status extcntl_add_unbound(acpi_handle handle, u32 level,
				       void *context, void **rv)
{
	struct acpi_processor *pr, *known;
	u32 acpi_id;

	if (extcntl_acpi_id(handle, &acpi_id))
		return AE_OK;

	known = xa_load(&extcntl_processors, acpi_id);
	if (known && (known->handle == handle ||
		      !extcntl_second_declaration(known, handle)))
		return AE_OK;
	if (known) {
		xa_erase(&extcntl_processors, acpi_id);
		extcntl_free_unbound(known);
	}

	pr = extcntl_new_unbound(handle, acpi_id);
	if (!pr)
		return AE_NO_MEMORY;
	if (xa_insert(&extcntl_processors, acpi_id, pr, GFP_KERNEL)) {
		xa_erase(&extcntl_unbound, acpi_id);
		kfree(pr);
		return AE_NO_MEMORY;
	}
	extcntl_watch_unbound(pr);
	extcntl_watch_parent(handle);
	return AE_OK;
}

/*
 * ACPI0007 devices, present or not: acpi_get_devices() skips those whose
 * _STA says absent, such as an empty socket's, whose hot-add is then
 * announced to a device nobody watches.
 */
static acpi_status extcntl_add_unbound_device(acpi_handle handle, u32 level,
					      void *context, void **rv)
{
	struct acpi_device_info *info;
	bool processor;

	if (ACPI_FAILURE(acpi_get_object_info(handle, &info)))
		return AE_OK;
	processor = (info->valid & ACPI_VALID_HID) &&
		    !strcmp(info->hardware_id.string, ACPI_PROCESSOR_DEVICE_HID);
	kfree(info);
	return processor ? extcntl_add_unbound(handle, level, context, rv) : AE_OK;
}

static void extcntl_find_unbound(void)
{
	acpi_walk_namespace(ACPI_TYPE_PROCESSOR, ACPI_ROOT_OBJECT, ACPI_UINT32_MAX,
			    extcntl_add_unbound, NULL, NULL, NULL);
	acpi_walk_namespace(ACPI_TYPE_DEVICE, ACPI_ROOT_OBJECT, ACPI_UINT32_MAX,
			    extcntl_add_unbound_device, NULL, NULL, NULL);
}

/*
 * Firmware may change _PPC or _CST while the machine sleeps without a
 * Notify, and the external entity may have lost or kept stale limits: after
 * resume every processor is reported as changed.
 */
/* Called with extcntl_lock held, a backend registered. */
static void extcntl_report_again(struct acpi_processor *pr)
{
	extcntl_ops->idle(pr, PROCESSOR_EXTCNTL_CHANGE);
	extcntl_ops->perf(pr, PROCESSOR_EXTCNTL_CHANGE);
}

static int extcntl_pm_notify(struct notifier_block *nb, unsigned long action,
			     void *data)
{
	struct acpi_processor *pr;
	unsigned long acpi_id;

	if (action != PM_POST_SUSPEND)
		return NOTIFY_DONE;

	mutex_lock(&extcntl_lock);
	if (extcntl_ops) {
		xa_for_each(&extcntl_processors, acpi_id, pr)
			extcntl_report_again(pr);
	}
	mutex_unlock(&extcntl_lock);
	return NOTIFY_OK;
}

static struct notifier_block extcntl_pm_nb = {
	.notifier_call = extcntl_pm_notify,
};

/**
 * processor_extcntl_register() - hand processor power management to a backend
 * @ops: the backend's callbacks; all of them are required
 *
 * Reports every processor already started and every processor object in
 * the namespace that this kernel has no CPU for (hotplug, then idle and
 * perf INIT), then every processor started later, and every processor
 * again (idle and perf CHANGE) after resume from a sleep state.  From now
 * on the native cpuidle and P-state code stands back.
 *
 * Return: 0, -EINVAL if a callback is missing, or -EBUSY if another backend
 * or a native P-state driver already runs the processors.
 */
int processor_extcntl_register(const struct processor_extcntl_ops *ops)
{
	struct acpi_processor *pr;
	unsigned long acpi_id;
	int ret;

	if (!ops->idle || !ops->perf || !ops->hotplug)
		return -EINVAL;

	mutex_lock(&extcntl_reg_lock);
	mutex_lock(&extcntl_lock);
	if (extcntl_ops) {
		ret = -EBUSY;
		goto out;
	}
	acpi_processor_perf_lock();
	ret = extcntl_check_no_native_perf();
	if (!ret)
		WRITE_ONCE(extcntl_ops, ops);
	acpi_processor_perf_unlock();
	if (ret)
		goto out;

	extcntl_find_unbound();
	xa_for_each(&extcntl_processors, acpi_id, pr)
		extcntl_start(pr);
	mutex_unlock(&extcntl_lock);
	mutex_unlock(&extcntl_reg_lock);

	/*
	 * Outside extcntl_reg_lock (see above).  Only the backend registered
	 * now unregisters it; a resume before it is registered has nothing
	 * to report that INIT did not just send.
	 */
	register_pm_notifier(&extcntl_pm_nb);
	return 0;
out:
	mutex_unlock(&extcntl_lock);
	mutex_unlock(&extcntl_reg_lock);
	return ret;
}
EXPORT_SYMBOL_GPL(processor_extcntl_register);

/**
 * processor_extcntl_unregister() - take processor power management back
 * @ops: the callbacks passed to processor_extcntl_register()
 *
 * Reports every processor as gone (hotplug with @present false).  No
 * callback of @ops runs once this returns.
 */
void processor_extcntl_unregister(const struct processor_extcntl_ops *ops)
{
	struct acpi_processor *pr;
	unsigned long acpi_id;

	mutex_lock(&extcntl_reg_lock);
	if (extcntl_ops != ops)
		goto out;
	mutex_unlock(&extcntl_reg_lock);

	/*
	 * Outside extcntl_reg_lock (see above); it waits for a running
	 * notifier, which takes extcntl_lock.  No other backend can register
	 * meanwhile: extcntl_ops is still set.
	 */
	unregister_pm_notifier(&extcntl_pm_nb);

	mutex_lock(&extcntl_reg_lock);
	mutex_lock(&extcntl_lock);
	xa_for_each(&extcntl_processors, acpi_id, pr) {
		ops->hotplug(pr, false);
		xa_clear_mark(&extcntl_processors, acpi_id, EXTCNTL_TAKEN);
	}
	xa_for_each(&extcntl_unbound, acpi_id, pr)
		xa_erase(&extcntl_processors, acpi_id);
	WRITE_ONCE(extcntl_ops, NULL);
	mutex_unlock(&extcntl_lock);

	/* Nothing is queued once the Notifies queueing now are done. */
	mutex_lock(&extcntl_pending_lock);
	mutex_unlock(&extcntl_pending_lock);
	cancel_work_sync(&extcntl_work);
	xa_destroy(&extcntl_pending);
	extcntl_rescan_pending = false;
	extcntl_unwatch_parents();

	xa_for_each(&extcntl_unbound, acpi_id, pr)
		extcntl_free_unbound(pr);
out:
	mutex_unlock(&extcntl_reg_lock);
}
EXPORT_SYMBOL_GPL(processor_extcntl_unregister);

/**
 * processor_extcntl_renew() - report a processor's objects again
 * @acpi_id: the processor's ACPI id
 *
 * For a backend whose external entity dropped what it was handed for a
 * processor, as Xen drops a processor's C-states when it brings it up:
 * its idle and perf callbacks run for the processor as after resume,
 * serialised with the others.  Not to be called from a callback.
 */
void processor_extcntl_renew(u32 acpi_id)
{
	struct acpi_processor *pr;

	mutex_lock(&extcntl_lock);
	pr = xa_load(&extcntl_processors, acpi_id);
	if (extcntl_ops && pr)
		extcntl_report_again(pr);
	mutex_unlock(&extcntl_lock);
}
EXPORT_SYMBOL_GPL(processor_extcntl_renew);

/**
 * processor_extcntl_active() - whether a backend runs processor power
 *
 * Return: true while a backend is registered.  A cheap test for the native
 * code paths, which stand back while it holds.
 */
bool processor_extcntl_active(void)
{
	return READ_ONCE(extcntl_ops);
}

/*
 * The answer to a _PPC change, as the ACPI processor driver gives it
 * natively: _OST for firmware, which may wait for it, and for user space
 * the netlink event the driver sends when the limit changed, for the
 * processors it runs (on its device; it has none for the others).
 */
static void extcntl_perf_done(struct acpi_processor *pr, int saved_limit,
			      int ret)
{
	struct acpi_device *device;

	if (acpi_has_method(pr->handle, "_OST"))
		acpi_evaluate_ost(pr->handle, ACPI_PROCESSOR_NOTIFY_PERFORMANCE,
				  ret ? 1 : 0, NULL);

	if (xa_load(&extcntl_unbound, pr->acpi_id) ||
	    pr->performance_platform_limit == saved_limit)
		return;
	device = acpi_fetch_acpi_dev(pr->handle);
	if (device)
		acpi_bus_generate_netlink_event("processor",
						dev_name(&device->dev),
						ACPI_PROCESSOR_NOTIFY_PERFORMANCE,
						pr->performance_platform_limit);
}

/* Called with extcntl_lock held, a backend registered. */
static void extcntl_handle(struct acpi_processor *pr, unsigned long events)
{
	int saved_limit = pr->performance_platform_limit;

	/*
	 * The processor may have been plugged in.  A backend that has it
	 * already refuses it again; one that refused it while it was absent
	 * may take it now.
	 */
	if (events & EXTCNTL_EV_CHECK)
		extcntl_start(pr);
	if (events & EXTCNTL_EV_POWER)
		extcntl_ops->idle(pr, PROCESSOR_EXTCNTL_CHANGE);
	if (events & EXTCNTL_EV_PERF)
		extcntl_perf_done(pr, saved_limit,
				  extcntl_ops->perf(pr, PROCESSOR_EXTCNTL_CHANGE));
}

/*
 * Processors may have been plugged in below a device that had a bus or
 * device check: those not known yet are found, and those the backend has
 * not taken are offered to it again.  Called with extcntl_lock held, a
 * backend registered.
 */
static void extcntl_rescan(void)
{
	struct acpi_processor *pr;
	unsigned long acpi_id;

	extcntl_find_unbound();
	xa_for_each(&extcntl_processors, acpi_id, pr)
		if (!xa_get_mark(&extcntl_processors, acpi_id, EXTCNTL_TAKEN))
			extcntl_start(pr);
}

static void extcntl_work_fn(struct work_struct *work)
{
	struct acpi_processor *pr;
	unsigned long acpi_id = 0;
	bool rescan;
	void *events;

	mutex_lock(&extcntl_pending_lock);
	rescan = extcntl_rescan_pending;
	extcntl_rescan_pending = false;
	mutex_unlock(&extcntl_pending_lock);
	if (rescan) {
		mutex_lock(&extcntl_lock);
		if (extcntl_ops)
			extcntl_rescan();
		mutex_unlock(&extcntl_lock);
	}

	for (;;) {
		mutex_lock(&extcntl_pending_lock);
		events = xa_find(&extcntl_pending, &acpi_id, ULONG_MAX, XA_PRESENT);
		if (events)
			xa_erase(&extcntl_pending, acpi_id);
		mutex_unlock(&extcntl_pending_lock);
		if (!events)
			return;

		mutex_lock(&extcntl_lock);
		pr = xa_load(&extcntl_processors, acpi_id);
		if (extcntl_ops && pr)
			extcntl_handle(pr, xa_to_value(events));
		mutex_unlock(&extcntl_lock);
	}
}

static unsigned long extcntl_event_bit(u32 event)
{
	switch (event) {
	case ACPI_NOTIFY_BUS_CHECK:
	case ACPI_NOTIFY_DEVICE_CHECK:
		return EXTCNTL_EV_CHECK;
	case ACPI_PROCESSOR_NOTIFY_POWER:
		return EXTCNTL_EV_POWER;
	case ACPI_PROCESSOR_NOTIFY_PERFORMANCE:
		return EXTCNTL_EV_PERF;
	default:
		return 0;
	}
}

/**
 * processor_extcntl_notify() - pass a processor Notify on to the backend
 * @pr: the processor the Notify was sent to
 * @event: the Notify value: 0x80 (_PPC changed), 0x81 (_CST changed), or,
 *	for processors this kernel has no CPU for, 0x00 or 0x01 (bus or
 *	device check: the processor may have been plugged in, and is reported
 *	to the backend as on registration)
 *
 * The backend is called from a work item, not from the Notify's context,
 * which every ACPI Notify of the system waits for; its answer to a _PPC
 * change goes to firmware (_OST) and user space (netlink) from there.
 * Notifies that arrive before the backend has the processor's earlier
 * ones are merged into one call per object.
 *
 * Return: 0 when queued, -ENODEV without a backend or for a processor not
 * reported to it, -EINVAL for other Notify values, -ENOMEM.
 */
int processor_extcntl_notify(struct acpi_processor *pr, u32 event)
{
	unsigned long bit = extcntl_event_bit(event);
	unsigned long events;
	int ret = -ENODEV;

	if (!bit)
		return -EINVAL;

	mutex_lock(&extcntl_pending_lock);
	/* Of a processor firmware declares twice, only one is reported. */
	if (READ_ONCE(extcntl_ops) &&
	    xa_load(&extcntl_processors, pr->acpi_id) == pr) {
		events = xa_to_value(xa_load(&extcntl_pending, pr->acpi_id));
		ret = xa_err(xa_store(&extcntl_pending, pr->acpi_id,
				      xa_mk_value(events | bit), GFP_KERNEL));
		if (!ret)
			queue_work(system_unbound_wq, &extcntl_work);
	}
	mutex_unlock(&extcntl_pending_lock);
	if (ret == -ENOMEM)
		acpi_handle_err(pr->handle,
				"ACPI id %u: no memory to pass Notify 0x%x on, lost\n",
				pr->acpi_id, event);
	return ret;
}

/*
 * @pr takes over from @unbound, the same processor: the backend is not
 * told, as nothing changed for the external entity, unless it did not
 * take the processor before.
 */
static void extcntl_take_over(struct acpi_processor *pr,
			      struct acpi_processor *unbound)
{
	bool taken = xa_get_mark(&extcntl_processors, pr->acpi_id, EXTCNTL_TAKEN);

	/* Replaces an entry, keeping its marks: nothing to allocate. */
	xa_store(&extcntl_processors, pr->acpi_id, pr, GFP_KERNEL);
	pr->performance_platform_limit = unbound->performance_platform_limit;
	if (!taken)
		extcntl_start(pr);
}

/**
 * processor_extcntl_add() - report a started processor
 * @pr: the processor; it must stay valid until processor_extcntl_remove()
 *
 * A processor found in the namespace before this kernel had a CPU for it
 * is replaced by @pr, which the backend is told of only if it had not
 * taken the processor.
 */
void processor_extcntl_add(struct acpi_processor *pr)
{
	struct acpi_processor *unbound;
	int ret;

	mutex_lock(&extcntl_reg_lock);
	mutex_lock(&extcntl_lock);
	unbound = xa_load(&extcntl_unbound, pr->acpi_id);
	if (unbound) {
		extcntl_take_over(pr, unbound);
	} else {
		ret = xa_insert(&extcntl_processors, pr->acpi_id, pr, GFP_KERNEL);
		if (ret)
			acpi_handle_err(pr->handle, FW_BUG
					"ACPI id %u declared by more than one processor, ignoring this one (%d)\n",
					pr->acpi_id, ret);
		else if (extcntl_ops)
			extcntl_start(pr);
	}
	mutex_unlock(&extcntl_lock);

	if (unbound)
		extcntl_free_unbound(unbound);
	mutex_unlock(&extcntl_reg_lock);
}

/**
 * processor_extcntl_remove() - report that this kernel stops a processor
 * @pr: a processor passed to processor_extcntl_add()
 *
 * The external entity still runs the processor, which this kernel stops
 * for its own reasons (a CPU of its own going away, the driver unbound):
 * while a backend is registered, the processor is kept as one this kernel
 * has no CPU for, and the backend is not told.
 */
void processor_extcntl_remove(struct acpi_processor *pr)
{
	struct acpi_processor *unbound = NULL;

	mutex_lock(&extcntl_reg_lock);
	mutex_lock(&extcntl_lock);
	if (xa_load(&extcntl_processors, pr->acpi_id) != pr)
		goto out;
	if (extcntl_ops)
		unbound = extcntl_new_unbound(pr->handle, pr->acpi_id);
	if (unbound) {
		/* Replaces an entry, keeping its marks: nothing to allocate. */
		xa_store(&extcntl_processors, pr->acpi_id, unbound, GFP_KERNEL);
		unbound->performance_platform_limit = pr->performance_platform_limit;
		extcntl_watch_unbound(unbound);
		extcntl_watch_parent(unbound->handle);
	} else {
		xa_erase(&extcntl_processors, pr->acpi_id);
		if (extcntl_ops)
			extcntl_ops->hotplug(pr, false);
	}
out:
	mutex_unlock(&extcntl_lock);
	mutex_unlock(&extcntl_reg_lock);
}
