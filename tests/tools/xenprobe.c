// SPDX-License-Identifier: GPL-2.0
/*
 * Ask Xen, from dom0, what the boot tests need to read back, without the
 * xl toolstack or xenstored:
 *
 *   xenprobe pcpus        one line per physical CPU Xen knows:
 *                         "pcpu N acpi_id A apic_id B online 0|1"
 *   xenprobe keys KEYS    send debug keys ("c": Xen prints its C-states
 *                         on its own console), as "xl debug-keys" does
 *   xenprobe online N     bring physical CPU N online, as
 *                         "xen-hptool cpu-online N" does
 *   xenprobe offline N    take it offline ("xen-hptool cpu-offline N")
 *   xenprobe memory       Xen's own count of its memory pages:
 *                         "free_pages N total_pages M" (XEN_SYSCTL_physinfo)
 */
#define __XEN_TOOLS__ 1

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xencall.h>
#include <xenctrl.h>
#include <xen/xen.h>
#include <xen/platform.h>

static int list_pcpus(void)
{
	xencall_handle *xcall = xencall_open(NULL, 0);
	struct xen_platform_op *op;
	uint32_t cpu, max_present = 0;
	int ret = 0;

	if (!xcall) {
		perror("xenprobe: xencall_open");
		return 1;
	}
	op = xencall_alloc_buffer(xcall, sizeof(*op));
	if (!op) {
		perror("xenprobe: xencall_alloc_buffer");
		xencall_close(xcall);
		return 1;
	}

	for (cpu = 0; cpu <= max_present; cpu++) {
		struct xenpf_pcpuinfo *info = &op->u.pcpu_info;

		memset(op, 0, sizeof(*op));
		op->cmd = XENPF_get_cpuinfo;
		op->interface_version = XENPF_INTERFACE_VERSION;
		info->xen_cpuid = cpu;
		if (xencall1(xcall, __HYPERVISOR_platform_op, (uintptr_t)op)) {
			perror("xenprobe: XENPF_get_cpuinfo");
			ret = 1;
			break;
		}
		max_present = info->max_present;
		if (info->flags & XEN_PCPU_FLAGS_INVALID)
			continue;
		printf("pcpu %u acpi_id %u apic_id %u online %u\n", cpu,
		       info->acpi_id, info->apic_id,
		       !!(info->flags & XEN_PCPU_FLAGS_ONLINE));
	}

	xencall_free_buffer(xcall, op);
	xencall_close(xcall);
	return ret;
}

static int send_keys(const char *keys)
{
	xc_interface *xch = xc_interface_open(NULL, NULL, 0);
	int ret;

	if (!xch) {
		perror("xenprobe: xc_interface_open");
		return 1;
	}
	ret = xc_send_debug_keys(xch, keys);
	if (ret)
		perror("xenprobe: xc_send_debug_keys");
	xc_interface_close(xch);
	return ret ? 1 : 0;
}

static int set_online(const char *cpu, int online)
{
	xc_interface *xch = xc_interface_open(NULL, NULL, 0);
	int ret;

	if (!xch) {
		perror("xenprobe: xc_interface_open");
		return 1;
	}
	ret = online ? xc_cpu_online(xch, atoi(cpu)) : xc_cpu_offline(xch, atoi(cpu));
	if (ret)
		perror(online ? "xenprobe: xc_cpu_online" : "xenprobe: xc_cpu_offline");
	xc_interface_close(xch);
	return ret ? 1 : 0;
}

static int memory(void)
{
	xc_interface *xch = xc_interface_open(NULL, NULL, 0);
	xc_physinfo_t info = { 0 };
	int ret;

	if (!xch) {
		perror("xenprobe: xc_interface_open");
		return 1;
	}
	ret = xc_physinfo(xch, &info);
	if (ret)
		perror("xenprobe: xc_physinfo");
	else
		printf("free_pages %llu total_pages %llu\n",
		       (unsigned long long)info.free_pages,
		       (unsigned long long)info.total_pages);
	xc_interface_close(xch);
	return ret ? 1 : 0;
}

int main(int argc, char **argv)
{
	if (argc == 2 && !strcmp(argv[1], "pcpus"))
		return list_pcpus();
	if (argc == 3 && !strcmp(argv[1], "keys"))
		return send_keys(argv[2]);
	if (argc == 3 && !strcmp(argv[1], "online"))
		return set_online(argv[2], 1);
	if (argc == 3 && !strcmp(argv[1], "offline"))
		return set_online(argv[2], 0);
	if (argc == 2 && !strcmp(argv[1], "memory"))
		return memory();
	fprintf(stderr, "usage: xenprobe pcpus | xenprobe keys KEYS | xenprobe online|offline N | xenprobe memory\n");
	return 2;
}
