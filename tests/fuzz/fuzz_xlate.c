// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer harness for drivers/xen/acpi_processor_xlate.c: builds an
 * ACPI object tree, as ACPICA would return it, from the input bytes, hands
 * it to one of the translations and checks that what comes out is what
 * Xen may be given.  Built against the kernel types in shim/ and Xen's own
 * public headers; tests/fuzz/run builds and runs it.
 *
 * Input: byte 0 picks the object (_PSS, _PCT, _PSD, _PPC, _CST), byte 1 is
 * the number of P-states _PPC is checked against, the rest is the object.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <linux/cpufreq.h>
#include <acpi/processor.h>

#include "acpi_processor_xlate.h"

/* Generic Register descriptor, as acpi_processor_xlate.c expects it. */
#define GENERIC_REGISTER	0x82
#define MAX_DEPTH		3
#define MAX_OBJECTS		4096

struct input {
	const u8 *data;
	size_t size;
	union acpi_object objects[MAX_OBJECTS];
	unsigned int used;
};

static u8 next_byte(struct input *in)
{
	u8 b = 0;

	if (in->size) {
		b = *in->data++;
		in->size--;
	}
	return b;
}

static u16 next_u16(struct input *in)
{
	u16 high = next_byte(in);

	return high << 8 | next_byte(in);
}

static u64 next_u64(struct input *in)
{
	u64 v = 0;
	int i;

	for (i = 0; i < 8; i++)
		v = v << 8 | next_byte(in);
	return v;
}

static union acpi_object *new_objects(struct input *in, unsigned int count)
{
	union acpi_object *obj;

	if (count > MAX_OBJECTS - in->used)
		return NULL;
	obj = &in->objects[in->used];
	in->used += count;
	return obj;
}

/*
 * One object: its kind in the low 2 bits of a byte, then its value.
 * Integers are 8 bytes; buffers and strings point into the input (they
 * are never written); packages hold up to 300 elements, enough to pass
 * Xen's limit of P-states.  Packages nest up to MAX_DEPTH.
 */
static void decode(struct input *in, union acpi_object *obj, int depth)
{
	u8 kind = next_byte(in);
	u32 length, i;

	switch (kind & 3) {
	case 0:
		obj->integer.type = ACPI_TYPE_INTEGER;
		/* Small values more often: frequencies, types, counts. */
		obj->integer.value = kind & 4 ? next_u64(in) : next_u16(in);
		break;
	case 1:
	case 3:
		length = next_byte(in) % 32;
		if (length > in->size)
			length = in->size;
		obj->buffer.type = kind & 2 ? ACPI_TYPE_STRING : ACPI_TYPE_BUFFER;
		obj->buffer.length = length;
		obj->buffer.pointer = (u8 *)in->data;
		in->data += length;
		in->size -= length;
		break;
	case 2:
		length = kind & 4 ? next_u16(in) % 301 : kind >> 3;
		obj->package.type = ACPI_TYPE_PACKAGE;
		obj->package.elements = depth < MAX_DEPTH ? new_objects(in, length) : NULL;
		obj->package.count = obj->package.elements ? length : 0;
		for (i = 0; i < obj->package.count; i++)
			decode(in, &obj->package.elements[i], depth + 1);
		break;
	}
}

static void check_fault(const struct xen_pm_fault *fault)
{
	size_t len = strnlen(fault->why, sizeof(fault->why));

	if (!len || len == sizeof(fault->why))
		abort();
}

static void check_pss(const union acpi_object *obj)
{
	struct xen_processor_px *px = NULL;
	struct xen_pm_fault fault;
	int n = xen_pm_parse_pss(obj, &px, &fault);
	int i;

	if (n < 0) {
		check_fault(&fault);
		return;
	}
	if (n < 1 || n > XEN_PM_MAX_PX || (u32)n != obj->package.count)
		abort();
	for (i = 0; i < n; i++) {
		if (!px[i].core_frequency || px[i].core_frequency > U32_MAX / 1000 ||
		    px[i].power > U32_MAX || px[i].control > U32_MAX ||
		    px[i].status > U32_MAX)
			abort();
		if (i && px[i].core_frequency >= px[i - 1].core_frequency)
			abort();
	}
	free(px);
}

static bool supported_space(unsigned int space_id)
{
	return space_id == ACPI_ADR_SPACE_SYSTEM_IO ||
	       space_id == ACPI_ADR_SPACE_FIXED_HARDWARE;
}

static void check_pct(const union acpi_object *obj)
{
	struct xen_pct_register control, status;
	struct xen_pm_fault fault;

	if (xen_pm_parse_pct(obj, &control, &status, &fault)) {
		check_fault(&fault);
		return;
	}
	if (control.descriptor != GENERIC_REGISTER || status.descriptor != GENERIC_REGISTER ||
	    control.space_id != status.space_id || !supported_space(control.space_id))
		abort();
}

static void check_psd(const union acpi_object *obj)
{
	struct xen_psd_package domain;
	struct xen_pm_fault fault;
	u32 shared_type, expected;

	if (xen_pm_parse_psd(obj, &domain, &shared_type, &fault)) {
		check_fault(&fault);
		return;
	}
	if (domain.num_entries != ACPI_PSD_REV0_ENTRIES ||
	    domain.revision != ACPI_PSD_REV0_REVISION ||
	    domain.domain > U32_MAX || !domain.num_processors ||
	    domain.num_processors > U32_MAX)
		abort();
	switch (domain.coord_type) {
	case DOMAIN_COORD_TYPE_SW_ALL:
		expected = CPUFREQ_SHARED_TYPE_ALL;
		break;
	case DOMAIN_COORD_TYPE_SW_ANY:
		expected = CPUFREQ_SHARED_TYPE_ANY;
		break;
	case DOMAIN_COORD_TYPE_HW_ALL:
		expected = CPUFREQ_SHARED_TYPE_HW;
		break;
	default:
		abort();
	}
	if (shared_type != expected)
		abort();
}

static void check_ppc(const union acpi_object *obj, unsigned int states)
{
	struct xen_pm_fault fault;
	u32 limit;

	if (xen_pm_parse_ppc(obj, states, &limit, &fault)) {
		check_fault(&fault);
		return;
	}
	if (limit >= states)
		abort();
}

static void check_cst(const union acpi_object *obj)
{
	struct xen_processor_cx cx[XEN_PM_MAX_CX];
	struct xen_pm_fault fault;
	int n = xen_pm_parse_cst(obj, cx, &fault);
	int i, j;

	if (n < 0) {
		check_fault(&fault);
		return;
	}
	if (n < 1 || n > XEN_PM_MAX_CX || n + fault.skipped != obj->package.count - 1)
		abort();
	if (fault.skipped)
		check_fault(&fault);
	for (i = 0; i < n; i++) {
		if (cx[i].type < ACPI_STATE_C1 || cx[i].type > ACPI_STATE_C3 ||
		    cx[i].latency > XEN_PM_MAX_CX_LATENCY || !supported_space(cx[i].reg.space_id) ||
		    cx[i].dpcnt)
			abort();
		for (j = 0; j < i; j++)
			if (cx[i].type == cx[j].type && cx[i].reg.space_id == cx[j].reg.space_id &&
			    cx[i].reg.address == cx[j].reg.address)
				abort();
	}
}

/* libFuzzer's entry point, by its name. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct input in;
	union acpi_object root;
	u8 object, states;

	in.data = data;
	in.size = size;
	in.used = 0;
	object = next_byte(&in);
	states = next_byte(&in);
	decode(&in, &root, 0);

	switch (object % 5) {
	case 0:
		check_pss(&root);
		break;
	case 1:
		check_pct(&root);
		break;
	case 2:
		check_psd(&root);
		break;
	case 3:
		check_ppc(&root, states);
		break;
	case 4:
		check_cst(&root);
		break;
	}
	return 0;
}
