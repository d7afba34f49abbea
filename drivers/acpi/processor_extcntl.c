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
#include <linux/xarray.h>

#include <acpi/processor.h>
#include <acpi/processor_extcntl.h>

#define ACPI_PROCESSOR_NOTIFY_PERFORMANCE	0x80
#define ACPI_PROCESSOR_NOTIFY_POWER		0x81

/* Serialises backend callbacks with registration and processor add/remove. */
static DEFINE_MUTEX(extcntl_lock);
static const struct processor_extcntl_ops *extcntl_ops;
/* Started processors, indexed by ACPI processor id. */
static DEFINE_XARRAY(extcntl_processors);

static void extcntl_start(struct acpi_processor *pr)
{
	if (extcntl_ops->hotplug(pr, true))
		return;

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

/**
 * processor_extcntl_register() - hand processor power management to a backend
 * @ops: the backend's callbacks; all of them are required
 *
 * Reports every processor already started (hotplug, then idle and perf
 * INIT), then every later one as it starts.  From now on the native
 * cpuidle and P-state code stands back.
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

	mutex_lock(&extcntl_lock);
	if (extcntl_ops) {
		ret = -EBUSY;
		goto out;
	}
	ret = extcntl_check_no_native_perf();
	if (ret)
		goto out;

	WRITE_ONCE(extcntl_ops, ops);
	xa_for_each(&extcntl_processors, acpi_id, pr)
		extcntl_start(pr);
out:
	mutex_unlock(&extcntl_lock);
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

	mutex_lock(&extcntl_lock);
	if (extcntl_ops == ops) {
		xa_for_each(&extcntl_processors, acpi_id, pr)
			ops->hotplug(pr, false);
		WRITE_ONCE(extcntl_ops, NULL);
	}
	mutex_unlock(&extcntl_lock);
}
EXPORT_SYMBOL_GPL(processor_extcntl_unregister);

/**
 * processor_extcntl_active() - whether a backend runs processor power
 *
 * A cheap test for the native code paths, which stand back while it holds.
 *
 * Return: true while a backend is registered.
 */
bool processor_extcntl_active(void)
{
	return READ_ONCE(extcntl_ops);
}

/**
 * processor_extcntl_notify() - pass a processor Notify on to the backend
 * @pr: the processor the Notify was sent to
 * @event: the Notify value: 0x80 (_PPC changed) or 0x81 (_CST changed)
 *
 * Return: the backend's answer, -ENODEV without a backend, -EINVAL for
 * other Notify values.
 */
int processor_extcntl_notify(struct acpi_processor *pr, u32 event)
{
	int ret = -ENODEV;

	mutex_lock(&extcntl_lock);
	if (!extcntl_ops || xa_load(&extcntl_processors, pr->acpi_id) != pr)
		goto out;

	switch (event) {
	case ACPI_PROCESSOR_NOTIFY_PERFORMANCE:
		ret = extcntl_ops->perf(pr, PROCESSOR_EXTCNTL_CHANGE);
		break;
	case ACPI_PROCESSOR_NOTIFY_POWER:
		ret = extcntl_ops->idle(pr, PROCESSOR_EXTCNTL_CHANGE);
		break;
	default:
		ret = -EINVAL;
		break;
	}
out:
	mutex_unlock(&extcntl_lock);
	return ret;
}

/**
 * processor_extcntl_add() - report a started processor
 * @pr: the processor; it must stay valid until processor_extcntl_remove()
 */
void processor_extcntl_add(struct acpi_processor *pr)
{
	int ret;

	mutex_lock(&extcntl_lock);
	ret = xa_insert(&extcntl_processors, pr->acpi_id, pr, GFP_KERNEL);
	if (ret)
		acpi_handle_err(pr->handle, FW_BUG
				"ACPI id %u declared by more than one processor, ignoring this one (%d)\n",
				pr->acpi_id, ret);
	else if (extcntl_ops)
		extcntl_start(pr);
	mutex_unlock(&extcntl_lock);
}

/**
 * processor_extcntl_remove() - report a processor going away
 * @pr: a processor passed to processor_extcntl_add()
 */
void processor_extcntl_remove(struct acpi_processor *pr)
{
	mutex_lock(&extcntl_lock);
	if (xa_load(&extcntl_processors, pr->acpi_id) == pr) {
		xa_erase(&extcntl_processors, pr->acpi_id);
		if (extcntl_ops)
			extcntl_ops->hotplug(pr, false);
	}
	mutex_unlock(&extcntl_lock);
}

static bool extcntl_cst_space_supported(u8 space_id)
{
	return space_id == ACPI_ADR_SPACE_SYSTEM_IO ||
	       space_id == ACPI_ADR_SPACE_FIXED_HARDWARE;
}

static int extcntl_skip_cx(struct acpi_processor *pr, unsigned int index,
			   const char *why)
{
	acpi_handle_warn(pr->handle,
			 FW_BUG "ACPI id %u: _CST entry %u %s, skipped\n",
			 pr->acpi_id, index, why);
	return -EINVAL;
}

/*
 * One _CST entry: Package { Register (Buffer), Type, Latency, Power }.
 * acpi_extract_package() would copy the register without telling its
 * length, so the elements are checked here one by one.
 */
static int extcntl_parse_cx(struct acpi_processor *pr, unsigned int index,
			    const union acpi_object *entry,
			    struct processor_extcntl_cx *cx)
{
	const union acpi_object *elem;
	const struct acpi_power_register *reg;

	if (entry->type != ACPI_TYPE_PACKAGE || entry->package.count != 4)
		return extcntl_skip_cx(pr, index,
				       "is not a package of 4 elements");

	elem = entry->package.elements;
	if (elem[0].type != ACPI_TYPE_BUFFER ||
	    elem[0].buffer.length < sizeof(*reg))
		return extcntl_skip_cx(pr, index,
				       "register is not a register resource buffer");

	if (elem[1].type != ACPI_TYPE_INTEGER ||
	    elem[2].type != ACPI_TYPE_INTEGER ||
	    elem[3].type != ACPI_TYPE_INTEGER)
		return extcntl_skip_cx(pr, index,
				       "type, latency or power is not an integer");

	if (elem[1].integer.value < ACPI_STATE_C1 ||
	    elem[1].integer.value > ACPI_STATE_C3)
		return extcntl_skip_cx(pr, index,
				       "type is not C1, C2 or C3");

	reg = (const struct acpi_power_register *)elem[0].buffer.pointer;
	if (!extcntl_cst_space_supported(reg->space_id))
		return extcntl_skip_cx(pr, index,
				       "register is neither SystemIO nor FFixedHW");

	cx->reg = *reg;
	cx->type = elem[1].integer.value;
	cx->latency = elem[2].integer.value;
	cx->power = elem[3].integer.value;
	return 0;
}

/**
 * processor_extcntl_get_cst() - read a processor's _CST as firmware states it
 * @pr: the processor
 * @states: room for PROCESSOR_EXTCNTL_MAX_CX entries
 *
 * Unlike acpi_processor_evaluate_cst(), nothing is probed against this
 * kernel's CPU: a hypervisor filters the CPUID its guests see, so MWAIT
 * states would be dropped that the external entity can use.  Entries that
 * are malformed are skipped; the rest keep their firmware order.
 *
 * Return: the number of entries stored, -ENODEV without _CST, -EINVAL if
 * _CST is malformed as a whole or has no usable entry.
 */
int processor_extcntl_get_cst(struct acpi_processor *pr,
			      struct processor_extcntl_cx *states)
{
	struct acpi_buffer buffer = { ACPI_ALLOCATE_BUFFER, NULL };
	const union acpi_object *cst;
	unsigned int i, entries, count = 0;
	acpi_status status;
	int ret = -EINVAL;

	status = acpi_evaluate_object(pr->handle, "_CST", NULL, &buffer);
	if (status == AE_NOT_FOUND)
		return -ENODEV;
	if (ACPI_FAILURE(status)) {
		acpi_evaluation_failure_warn(pr->handle, "_CST", status);
		return -ENODEV;
	}

	cst = buffer.pointer;
	if (cst->type != ACPI_TYPE_PACKAGE || cst->package.count < 2 ||
	    cst->package.elements[0].type != ACPI_TYPE_INTEGER) {
		acpi_handle_warn(pr->handle, FW_BUG
				 "ACPI id %u: _CST is not a package of a count and entries\n",
				 pr->acpi_id);
		goto out;
	}

	entries = cst->package.count - 1;
	if (cst->package.elements[0].integer.value != entries) {
		acpi_handle_warn(pr->handle, FW_BUG
				 "ACPI id %u: _CST count %llu does not match its %u entries\n",
				 pr->acpi_id, cst->package.elements[0].integer.value,
				 entries);
		goto out;
	}

	for (i = 1; i <= entries; i++) {
		if (count == PROCESSOR_EXTCNTL_MAX_CX) {
			acpi_handle_warn(pr->handle,
					 "ACPI id %u: _CST has %u entries, only the first %u are used\n",
					 pr->acpi_id, entries, count);
			break;
		}
		if (!extcntl_parse_cx(pr, i, &cst->package.elements[i],
				      &states[count]))
			count++;
	}
	ret = count ? count : -EINVAL;
out:
	kfree(buffer.pointer);
	return ret;
}
EXPORT_SYMBOL_GPL(processor_extcntl_get_cst);
