/* SPDX-License-Identifier: GPL-2.0 */
/*
 * External control of processor power management.
 *
 * On some platforms the processors' power states are not run by this
 * kernel but by an external entity, typically a hypervisor that has no
 * ACPI interpreter of its own (Xen).  The ACPI processor driver then
 * still owns the firmware objects (_CST, _PCT, _PSS, _PPC, _PSD): it
 * reports processors and firmware changes to a single registered
 * backend, which hands the data to the external entity, and the native
 * cpuidle and P-state code stands back.
 */
#ifndef __ACPI_PROCESSOR_EXTCNTL_H
#define __ACPI_PROCESSOR_EXTCNTL_H

#include <linux/acpi.h>
#include <linux/types.h>
#include <acpi/processor.h>

/**
 * enum processor_extcntl_event - why a backend callback is called
 * @PROCESSOR_EXTCNTL_INIT: first report of a processor's objects, at
 *	registration of the backend or when the processor appears
 * @PROCESSOR_EXTCNTL_CHANGE: firmware signalled that the objects changed
 *	(Notify 0x80 for _PPC, Notify 0x81 for _CST)
 */
enum processor_extcntl_event {
	PROCESSOR_EXTCNTL_INIT,
	PROCESSOR_EXTCNTL_CHANGE,
};

/**
 * struct processor_extcntl_ops - a backend that runs processor power
 * @idle: hand the processor's C-state objects over (_CST)
 * @perf: hand the processor's P-state objects over (_PCT, _PSS, _PPC, _PSD),
 *	and set @pr->performance_platform_limit to the _PPC limit now in
 *	force, which the processor driver's netlink event for Notify 0x80
 *	carries; no limit applies when acpi_processor_ppc_ignored() says so
 * @hotplug: the processor appeared (@present true; called before its INIT
 *	events, which follow only if it returns 0) or is no longer reported
 *	(@present false, at unregistration; no callback for it follows).
 *	A processor this kernel stops running, or starts running after
 *	the backend took it, is neither: the external entity runs it all
 *	along, and its callbacks go on with another struct acpi_processor.
 *	A processor this kernel has no CPU for is offered again on each bus
 *	or device check firmware sends it or a device above it, so a
 *	processor refused while absent can be taken once plugged in.
 *
 * Callbacks run in process context, serialised with each other and with
 * registration; they may sleep and evaluate ACPI methods.  Those for a
 * Notify run from a work item, so no other ACPI Notify waits for them.  The ACPI
 * processor driver may report a processor it starts from its CPU-online
 * callback, with the CPU-hotplug lock held: callbacks must not take it
 * (cpus_read_lock()).  A non-zero return value is reported to firmware
 * where ACPI defines a way to (_OST, after Notify 0x80).
 */
struct processor_extcntl_ops {
	int (*idle)(struct acpi_processor *pr, enum processor_extcntl_event event);
	int (*perf)(struct acpi_processor *pr, enum processor_extcntl_event event);
	int (*hotplug)(struct acpi_processor *pr, bool present);
};

#ifdef CONFIG_ACPI_PROCESSOR_EXTCNTL
int processor_extcntl_register(const struct processor_extcntl_ops *ops);
void processor_extcntl_unregister(const struct processor_extcntl_ops *ops);
void processor_extcntl_renew(u32 acpi_id);
bool processor_extcntl_active(void);
int processor_extcntl_notify(struct acpi_processor *pr, u32 event);
void processor_extcntl_add(struct acpi_processor *pr);
void processor_extcntl_remove(struct acpi_processor *pr);
bool acpi_processor_ppc_ignored(void);
#else
static inline bool processor_extcntl_active(void)
{
	return false;
}

static inline int processor_extcntl_notify(struct acpi_processor *pr,
					   u32 event)
{
	return -ENODEV;
}

static inline void processor_extcntl_add(struct acpi_processor *pr) {}
static inline void processor_extcntl_remove(struct acpi_processor *pr) {}

static inline bool acpi_processor_ppc_ignored(void)
{
	return false;
}
#endif /* CONFIG_ACPI_PROCESSOR_EXTCNTL */

#endif /* __ACPI_PROCESSOR_EXTCNTL_H */
