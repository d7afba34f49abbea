// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests of the checks and translation of processor power objects
 * in acpi_processor_xlate.c, on objects built in memory the way ACPICA
 * returns them.  As a module, the tests carry their own copy of the code
 * under test: the backend exports nothing for them, and they load where
 * the backend cannot, without Xen.  Built into the kernel, the tests can
 * only be beside the backend (Kconfig), and call the backend's copy.
 */

#include <kunit/test.h>
#include <linux/string.h>

#ifdef MODULE
#include "acpi_processor_xlate.c"
#else
#include "acpi_processor_xlate.h"
#endif
#include <acpi/processor.h>

#define PSS_MAX		(XEN_PM_MAX_PX + 1)
#define CST_MAX		(XEN_PM_MAX_CX + 2)

/* Objects of a _PSS and the _PCT, _PSD, _PPC and _CST beside it. */
struct objs {
	union acpi_object pss, px[PSS_MAX], px_values[PSS_MAX][XEN_PM_PSS_ELEMENTS];
	union acpi_object pct, pct_regs[2];
	struct acpi_pct_register pct_reg[2];
	union acpi_object psd, psd_entry, psd_values[ACPI_PSD_REV0_ENTRIES];
	union acpi_object ppc;
	union acpi_object cst, cx[CST_MAX + 1], cx_values[CST_MAX][XEN_PM_CST_ELEMENTS];
	struct acpi_power_register cx_reg[CST_MAX];
	struct xen_processor_cx cx_out[XEN_PM_MAX_CX];
	struct xen_pm_fault fault;
};

static void set_int(union acpi_object *obj, u64 value)
{
	obj->integer.type = ACPI_TYPE_INTEGER;
	obj->integer.value = value;
}

static void set_pkg(union acpi_object *obj, union acpi_object *elements,
		    u32 count)
{
	obj->package.type = ACPI_TYPE_PACKAGE;
	obj->package.count = count;
	obj->package.elements = elements;
}

static void set_buf(union acpi_object *obj, void *data, u32 length)
{
	obj->buffer.type = ACPI_TYPE_BUFFER;
	obj->buffer.length = length;
	obj->buffer.pointer = data;
}

/* @count states from @top_mhz down in 100 MHz steps. */
static void make_pss(struct objs *o, u32 count, u64 top_mhz)
{
	u32 i;

	for (i = 0; i < count; i++) {
		union acpi_object *v = o->px_values[i];

		set_int(&v[0], top_mhz - 100 * i);
		set_int(&v[1], 20000 - 1000 * i);
		set_int(&v[2], 10);
		set_int(&v[3], 10);
		set_int(&v[4], 0x1000 + i);
		set_int(&v[5], 0x2000 + i);
		set_pkg(&o->px[i], v, XEN_PM_PSS_ELEMENTS);
	}
	set_pkg(&o->pss, o->px, count);
}

static void make_pct(struct objs *o, u8 control_space, u8 status_space)
{
	u8 spaces[2] = { control_space, status_space };
	int i;

	for (i = 0; i < 2; i++) {
		o->pct_reg[i] = (struct acpi_pct_register) {
			.descriptor = XEN_PM_GENERIC_REGISTER,
			.length = 12,
			.space_id = spaces[i],
			.bit_width = 16,
			.address = 0x199 - i,
		};
		set_buf(&o->pct_regs[i], &o->pct_reg[i], sizeof(o->pct_reg[i]));
	}
	set_pkg(&o->pct, o->pct_regs, 2);
}

static void make_psd(struct objs *o, u64 coord_type, u64 num_processors)
{
	set_int(&o->psd_values[0], ACPI_PSD_REV0_ENTRIES);
	set_int(&o->psd_values[1], ACPI_PSD_REV0_REVISION);
	set_int(&o->psd_values[2], 7);
	set_int(&o->psd_values[3], coord_type);
	set_int(&o->psd_values[4], num_processors);
	set_pkg(&o->psd_entry, o->psd_values, ACPI_PSD_REV0_ENTRIES);
	set_pkg(&o->psd, &o->psd_entry, 1);
}

/* @count C-states, C1 (FFH) then C2, C3, C3, ... (SystemIO ports). */
static void make_cst(struct objs *o, u32 count)
{
	u32 i;

	for (i = 0; i < count; i++) {
		union acpi_object *v = o->cx_values[i];

		o->cx_reg[i] = (struct acpi_power_register) {
			.descriptor = XEN_PM_GENERIC_REGISTER,
			.length = 12,
			.space_id = i ? ACPI_ADR_SPACE_SYSTEM_IO :
					ACPI_ADR_SPACE_FIXED_HARDWARE,
			.bit_width = 8,
			.address = 0x814 + i,
		};
		set_buf(&v[0], &o->cx_reg[i], sizeof(o->cx_reg[i]));
		set_int(&v[1], min_t(u32, i + 1, ACPI_STATE_C3));
		set_int(&v[2], 1 + 50 * i);
		set_int(&v[3], 1000 - 100 * i);
		set_pkg(&o->cx[i + 1], v, XEN_PM_CST_ELEMENTS);
	}
	set_int(&o->cx[0], count);
	set_pkg(&o->cst, o->cx, count + 1);
}

static struct objs *objs_alloc(struct kunit *test)
{
	struct objs *o = kunit_kzalloc(test, sizeof(*o), GFP_KERNEL);

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, o);
	return o;
}

static int pss(struct objs *o)
{
	struct xen_processor_px *states = NULL;
	int count = xen_pm_parse_pss(&o->pss, &states, &o->fault);

	kfree(states);
	return count;
}

static void expect_fault(struct kunit *test, struct objs *o, int ret,
			 const char *why)
{
	KUNIT_EXPECT_EQ(test, ret, -EINVAL);
	KUNIT_EXPECT_STREQ(test, o->fault.why, why);
}

static void pss_valid(struct kunit *test)
{
	struct objs *o = objs_alloc(test);
	struct xen_processor_px *states;

	make_pss(o, 3, 2800);
	KUNIT_ASSERT_EQ(test, xen_pm_parse_pss(&o->pss, &states, &o->fault), 3);
	KUNIT_EXPECT_EQ(test, states[0].core_frequency, 2800);
	KUNIT_EXPECT_EQ(test, states[2].core_frequency, 2600);
	KUNIT_EXPECT_EQ(test, states[2].power, 18000);
	KUNIT_EXPECT_EQ(test, states[1].transition_latency, 10);
	KUNIT_EXPECT_EQ(test, states[1].bus_master_latency, 10);
	KUNIT_EXPECT_EQ(test, states[1].control, 0x1001);
	KUNIT_EXPECT_EQ(test, states[1].status, 0x2001);
	kfree(states);
}

/* Xen refuses a table of one state, after keeping the _PCT beside it. */
static void pss_one_state(struct kunit *test)
{
	struct objs *o = objs_alloc(test);

	make_pss(o, 1, 2000);
	expect_fault(test, o, pss(o), "has 1 state, Xen scales between 2 or more");

	make_pss(o, 2, 2000);
	KUNIT_EXPECT_EQ(test, pss(o), 2);
}

static void pss_most_states(struct kunit *test)
{
	struct objs *o = objs_alloc(test);

	make_pss(o, XEN_PM_MAX_PX, 30000);
	KUNIT_EXPECT_EQ(test, pss(o), XEN_PM_MAX_PX);
}

static void pss_malformed(struct kunit *test)
{
	struct objs *o = objs_alloc(test);

	make_pss(o, 0, 2000);
	expect_fault(test, o, pss(o), "has no states");

	make_pss(o, XEN_PM_MAX_PX + 1, 30000);
	expect_fault(test, o, pss(o), "has 256 states, Xen takes at most 255");

	set_int(&o->pss, 3);
	expect_fault(test, o, pss(o), "is not a package");

	make_pss(o, 3, 2000);
	o->px[1].package.count = 5;
	expect_fault(test, o, pss(o), "entry 1 is not a package of 6 elements");

	make_pss(o, 3, 2000);
	set_int(&o->px[2], 1);
	expect_fault(test, o, pss(o), "entry 2 is not a package of 6 elements");

	make_pss(o, 3, 2000);
	set_buf(&o->px_values[1][4], o->pct_reg, 4);
	expect_fault(test, o, pss(o), "entry 1 element 4 is not an integer");

	make_pss(o, 3, 2000);
	set_int(&o->px_values[0][1], BIT_ULL(32));
	expect_fault(test, o, pss(o), "entry 0 element 1 does not fit in 32 bits");
}

static void pss_bad_frequencies(struct kunit *test)
{
	struct objs *o = objs_alloc(test);

	make_pss(o, 3, 2000);
	set_int(&o->px_values[2][0], 0);
	expect_fault(test, o, pss(o), "entry 2 has frequency 0");

	make_pss(o, 3, 2000);
	set_int(&o->px_values[0][0], 5000000);
	expect_fault(test, o, pss(o), "entry 0 frequency 5000000 MHz is out of range");

	make_pss(o, 3, 2000);
	set_int(&o->px_values[1][0], 2000);
	expect_fault(test, o, pss(o), "entry 1 repeats the 2000 MHz of entry 0");

	make_pss(o, 3, 2000);
	set_int(&o->px_values[2][0], 2500);
	expect_fault(test, o, pss(o),
		     "entry 2 (2500 MHz) is faster than entry 1 (1900 MHz)");
}

static void pct_valid(struct kunit *test)
{
	struct objs *o = objs_alloc(test);
	struct xen_pct_register control, status;

	make_pct(o, ACPI_ADR_SPACE_FIXED_HARDWARE, ACPI_ADR_SPACE_FIXED_HARDWARE);
	KUNIT_ASSERT_EQ(test, xen_pm_parse_pct(&o->pct, &control, &status, &o->fault), 0);
	KUNIT_EXPECT_EQ(test, control.descriptor, XEN_PM_GENERIC_REGISTER);
	KUNIT_EXPECT_EQ(test, control.space_id, ACPI_ADR_SPACE_FIXED_HARDWARE);
	KUNIT_EXPECT_EQ(test, control.bit_width, 16);
	KUNIT_EXPECT_EQ(test, control.address, 0x199);
	KUNIT_EXPECT_EQ(test, status.address, 0x198);

	make_pct(o, ACPI_ADR_SPACE_SYSTEM_IO, ACPI_ADR_SPACE_SYSTEM_IO);
	KUNIT_EXPECT_EQ(test, xen_pm_parse_pct(&o->pct, &control, &status, &o->fault), 0);
}

static void pct_malformed(struct kunit *test)
{
	struct objs *o = objs_alloc(test);
	struct xen_pct_register control, status;
	int ret;

	make_pct(o, ACPI_ADR_SPACE_SYSTEM_IO, ACPI_ADR_SPACE_SYSTEM_IO);
	o->pct.package.count = 1;
	ret = xen_pm_parse_pct(&o->pct, &control, &status, &o->fault);
	expect_fault(test, o, ret, "is not a package of 2 registers");

	make_pct(o, ACPI_ADR_SPACE_SYSTEM_IO, ACPI_ADR_SPACE_SYSTEM_IO);
	o->pct_regs[1].buffer.length = 8;
	ret = xen_pm_parse_pct(&o->pct, &control, &status, &o->fault);
	expect_fault(test, o, ret, "status register is not a register buffer");

	make_pct(o, ACPI_ADR_SPACE_SYSTEM_IO, ACPI_ADR_SPACE_SYSTEM_IO);
	set_int(&o->pct_regs[0], 0x199);
	ret = xen_pm_parse_pct(&o->pct, &control, &status, &o->fault);
	expect_fault(test, o, ret, "control register is not a register buffer");

	make_pct(o, ACPI_ADR_SPACE_SYSTEM_IO, ACPI_ADR_SPACE_SYSTEM_IO);
	o->pct_reg[0].descriptor = 0x86;
	ret = xen_pm_parse_pct(&o->pct, &control, &status, &o->fault);
	expect_fault(test, o, ret, "control register is not a Generic Register");

	make_pct(o, ACPI_ADR_SPACE_FIXED_HARDWARE, ACPI_ADR_SPACE_SYSTEM_IO);
	ret = xen_pm_parse_pct(&o->pct, &control, &status, &o->fault);
	expect_fault(test, o, ret,
		     "control and status registers are in different address spaces (127, 1)");

	make_pct(o, ACPI_ADR_SPACE_SYSTEM_MEMORY, ACPI_ADR_SPACE_SYSTEM_MEMORY);
	ret = xen_pm_parse_pct(&o->pct, &control, &status, &o->fault);
	expect_fault(test, o, ret,
		     "control register is in address space 0, neither SystemIO nor FFixedHW");
}

static void ppc_checks(struct kunit *test)
{
	struct objs *o = objs_alloc(test);
	u32 limit = 99;

	set_int(&o->ppc, 2);
	KUNIT_EXPECT_EQ(test, xen_pm_parse_ppc(&o->ppc, 3, &limit, &o->fault), 0);
	KUNIT_EXPECT_EQ(test, limit, 2);

	set_int(&o->ppc, 3);
	expect_fault(test, o, xen_pm_parse_ppc(&o->ppc, 3, &limit, &o->fault),
		     "3 is not below the 3 states of _PSS");
	KUNIT_EXPECT_EQ(test, limit, 2);

	set_buf(&o->ppc, o->pct_reg, 1);
	expect_fault(test, o, xen_pm_parse_ppc(&o->ppc, 3, &limit, &o->fault),
		     "is not an integer");
}

static int psd(struct objs *o, struct xen_psd_package *domain, u32 *shared_type)
{
	return xen_pm_parse_psd(&o->psd, domain, shared_type, &o->fault);
}

static void psd_valid(struct kunit *test)
{
	static const struct {
		u64 coord_type;
		u32 shared_type;
	} types[] = {
		{ DOMAIN_COORD_TYPE_SW_ALL, CPUFREQ_SHARED_TYPE_ALL },
		{ DOMAIN_COORD_TYPE_SW_ANY, CPUFREQ_SHARED_TYPE_ANY },
		{ DOMAIN_COORD_TYPE_HW_ALL, CPUFREQ_SHARED_TYPE_HW },
	};
	struct objs *o = objs_alloc(test);
	struct xen_psd_package domain;
	u32 shared_type;
	int i;

	for (i = 0; i < ARRAY_SIZE(types); i++) {
		make_psd(o, types[i].coord_type, 4);
		KUNIT_ASSERT_EQ(test, psd(o, &domain, &shared_type), 0);
		KUNIT_EXPECT_EQ(test, shared_type, types[i].shared_type);
		KUNIT_EXPECT_EQ(test, domain.coord_type, types[i].coord_type);
		KUNIT_EXPECT_EQ(test, domain.domain, 7);
		KUNIT_EXPECT_EQ(test, domain.num_processors, 4);
		KUNIT_EXPECT_EQ(test, domain.num_entries, ACPI_PSD_REV0_ENTRIES);
	}
}

static void psd_malformed(struct kunit *test)
{
	struct objs *o = objs_alloc(test);
	struct xen_psd_package domain;
	u32 shared_type;

	make_psd(o, DOMAIN_COORD_TYPE_SW_ALL, 2);
	set_int(&o->psd_values[1], 1);
	expect_fault(test, o, psd(o, &domain, &shared_type), "revision 1 is not 0");

	make_psd(o, DOMAIN_COORD_TYPE_SW_ALL, 2);
	set_int(&o->psd_values[0], 4);
	expect_fault(test, o, psd(o, &domain, &shared_type),
		     "says it has 4 entries, not 5");

	make_psd(o, DOMAIN_COORD_TYPE_SW_ALL, 2);
	o->psd_entry.package.count = 4;
	expect_fault(test, o, psd(o, &domain, &shared_type),
		     "domain package has 4 elements, not 5");

	make_psd(o, 0xFF, 2);
	expect_fault(test, o, psd(o, &domain, &shared_type),
		     "coordination type 0xff is not SW_ALL, SW_ANY or HW_ALL");

	make_psd(o, DOMAIN_COORD_TYPE_SW_ANY, 0);
	expect_fault(test, o, psd(o, &domain, &shared_type),
		     "domain of 0 processors");

	make_psd(o, DOMAIN_COORD_TYPE_SW_ANY, 2);
	set_int(&o->psd_values[2], BIT_ULL(32));
	expect_fault(test, o, psd(o, &domain, &shared_type),
		     "domain 4294967296 does not fit in 32 bits");

	make_psd(o, DOMAIN_COORD_TYPE_SW_ANY, 2);
	set_int(&o->psd_entry, 5);
	expect_fault(test, o, psd(o, &domain, &shared_type),
		     "is not a package of one domain package");
}

static void psd_members(struct kunit *test)
{
	struct objs *o = objs_alloc(test);
	struct xen_psd_package first, member;
	u32 shared_type;

	make_psd(o, DOMAIN_COORD_TYPE_SW_ALL, 2);
	KUNIT_ASSERT_EQ(test, psd(o, &first, &shared_type), 0);
	KUNIT_ASSERT_EQ(test, psd(o, &member, &shared_type), 0);
	KUNIT_EXPECT_EQ(test, xen_pm_check_psd_member(&member, xen_pm_psd_key(&first),
						      &o->fault), 0);

	make_psd(o, DOMAIN_COORD_TYPE_SW_ANY, 2);
	KUNIT_ASSERT_EQ(test, psd(o, &member, &shared_type), 0);
	expect_fault(test, o, xen_pm_check_psd_member(&member, xen_pm_psd_key(&first),
						      &o->fault),
		     "domain 7 of 2 processors, type 0xfd, disagrees with its first member's 2, 0xfc");

	make_psd(o, DOMAIN_COORD_TYPE_SW_ALL, U32_MAX);
	KUNIT_ASSERT_EQ(test, psd(o, &member, &shared_type), 0);
	expect_fault(test, o, xen_pm_check_psd_member(&member, xen_pm_psd_key(&first),
						      &o->fault),
		     "domain 7 of 4294967295 processors, type 0xfc, disagrees with its first member's 2, 0xfc");
}

static int cst(struct objs *o)
{
	return xen_pm_parse_cst(&o->cst, o->cx_out, &o->fault);
}

static void cst_valid(struct kunit *test)
{
	struct objs *o = objs_alloc(test);

	make_cst(o, 3);
	KUNIT_ASSERT_EQ(test, cst(o), 3);
	KUNIT_EXPECT_EQ(test, o->fault.skipped, 0);
	KUNIT_EXPECT_EQ(test, o->cx_out[0].type, ACPI_STATE_C1);
	KUNIT_EXPECT_EQ(test, o->cx_out[0].reg.space_id, ACPI_ADR_SPACE_FIXED_HARDWARE);
	KUNIT_EXPECT_EQ(test, o->cx_out[2].type, ACPI_STATE_C3);
	KUNIT_EXPECT_EQ(test, o->cx_out[2].reg.address, 0x816);
	KUNIT_EXPECT_EQ(test, o->cx_out[2].reg.bit_width, 8);
	KUNIT_EXPECT_EQ(test, o->cx_out[2].latency, 101);
	KUNIT_EXPECT_EQ(test, o->cx_out[2].power, 800);
	KUNIT_EXPECT_EQ(test, o->cx_out[2].dpcnt, 0);
}

static void cst_malformed(struct kunit *test)
{
	struct objs *o = objs_alloc(test);

	make_cst(o, 3);
	set_int(&o->cx[0], 4);
	expect_fault(test, o, cst(o), "count 4 does not match its 3 entries");

	make_cst(o, 0);
	expect_fault(test, o, cst(o), "is not a package of a count and entries");

	make_cst(o, 1);
	set_int(&o->cx_values[0][1], 0);
	expect_fault(test, o, cst(o), "entry 1 type 0 is not C1, C2 or C3");
}

/* Bad entries are left out, the first reason and their number told. */
static void cst_skips(struct kunit *test, void (*spoil)(struct objs *o),
		      const char *why)
{
	struct objs *o = objs_alloc(test);

	make_cst(o, 3);
	spoil(o);
	KUNIT_EXPECT_EQ(test, cst(o), 2);
	KUNIT_EXPECT_EQ(test, o->fault.skipped, 1);
	KUNIT_EXPECT_STREQ(test, o->fault.why, why);
	KUNIT_EXPECT_EQ(test, o->cx_out[0].type, ACPI_STATE_C1);
}

static void type_4(struct objs *o)
{
	set_int(&o->cx_values[1][1], 4);
}

static void register_integer(struct objs *o)
{
	set_int(&o->cx_values[2][0], 0x815);
}

static void register_memory(struct objs *o)
{
	o->cx_reg[2].space_id = ACPI_ADR_SPACE_SYSTEM_MEMORY;
}

static void io_address_zero(struct objs *o)
{
	o->cx_reg[2].address = 0;
}

static void latency_max(struct objs *o)
{
	set_int(&o->cx_values[1][2], U32_MAX);
}

static void short_entry(struct objs *o)
{
	o->cx[3].package.count = 3;
}

static void repeated_entry(struct objs *o)
{
	o->cx_reg[2] = o->cx_reg[1];
	set_int(&o->cx_values[2][1], ACPI_STATE_C2);
}

static void cst_bad_entries(struct kunit *test)
{
	cst_skips(test, type_4, "entry 2 type 4 is not C1, C2 or C3");
	cst_skips(test, register_integer, "entry 3 register is not a register buffer");
	cst_skips(test, register_memory,
		  "entry 3 register is in address space 0, neither SystemIO nor FFixedHW");
	cst_skips(test, io_address_zero, "entry 3 SystemIO register has address 0");
	cst_skips(test, latency_max, "entry 2 latency 4294967295 us is out of range");
	cst_skips(test, short_entry, "entry 3 is not a package of 4 elements");
	cst_skips(test, repeated_entry, "entry 3 repeats entry 2");
}

static void cst_too_many(struct kunit *test)
{
	struct objs *o = objs_alloc(test);

	make_cst(o, XEN_PM_MAX_CX + 2);
	KUNIT_EXPECT_EQ(test, cst(o), XEN_PM_MAX_CX);
	KUNIT_EXPECT_EQ(test, o->fault.skipped, 2);
	KUNIT_EXPECT_STREQ(test, o->fault.why, "has 9 entries, Xen takes 7");
}

static struct kunit_case xen_pm_xlate_cases[] = {
	KUNIT_CASE(pss_valid),
	KUNIT_CASE(pss_one_state),
	KUNIT_CASE(pss_most_states),
	KUNIT_CASE(pss_malformed),
	KUNIT_CASE(pss_bad_frequencies),
	KUNIT_CASE(pct_valid),
	KUNIT_CASE(pct_malformed),
	KUNIT_CASE(ppc_checks),
	KUNIT_CASE(psd_valid),
	KUNIT_CASE(psd_malformed),
	KUNIT_CASE(psd_members),
	KUNIT_CASE(cst_valid),
	KUNIT_CASE(cst_malformed),
	KUNIT_CASE(cst_bad_entries),
	KUNIT_CASE(cst_too_many),
	{}
};

static struct kunit_suite xen_pm_xlate_suite = {
	.name = "xen_processor_extcntl_xlate",
	.test_cases = xen_pm_xlate_cases,
};

kunit_test_suite(xen_pm_xlate_suite);

MODULE_DESCRIPTION("KUnit tests of the Xen processor power backend's object checks");
MODULE_LICENSE("GPL");
