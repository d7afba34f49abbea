// SPDX-License-Identifier: GPL-2.0
/*
 * xen-power-caps: print a Xen host's power management capabilities, as
 * dom0's kernel shows them under /sys/devices/system/xen_cpu (see
 * Documentation/ABI/testing/sysfs-devices-system-xen_cpu), for management
 * stacks: in the shape of libvirt's host capabilities, a <power_management>
 * element with the sleep states the host can enter, and an element listing
 * each physical CPU's C-states and P-states; or as JSON.
 *
 *   xen-power-caps [--json] [--sysfs DIR]
 *
 * Exit status: 0, 1 when the files are missing (xen-processor-extcntl not
 * loaded, or not dom0 on Xen), 2 on a usage error.
 */

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_STATES	256
#define VALUE_LEN	4096

struct state_list {
	unsigned int count;
	unsigned long long v[MAX_STATES];
};

struct cpu {
	unsigned int id;
	unsigned long long acpi_id;
	bool online;
	char cstates[32], pstates[32];
	struct state_list cx_type, cx_latency, cx_power;
	char cx_entry[MAX_STATES][8];
	unsigned int cx_entries;
	struct state_list px_mhz, px_power, px_latency, px_bm_latency;
	char ppc[32], psd_domain[32], psd_coordination[32], psd_processors[32];
	long long last_error;
};

struct host {
	bool suspend_mem, suspend_disk;
	char firmware_sleep_states[64];
	unsigned int ncpus;
	struct cpu *cpus;
};

static const char *sysfs = "/sys/devices/system/xen_cpu";
static const char not_loaded[] = "is xen-processor-extcntl loaded in Xen's dom0?";

/* The contents of DIR/NAME without the trailing newline; false if none. */
static bool read_value(const char *dir, const char *name, char *buf,
		       size_t size)
{
	char path[512];
	size_t len;
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "r");
	if (!f)
		return false;
	len = fread(buf, 1, size - 1, f);
	fclose(f);
	buf[len] = '\0';
	while (len && isspace((unsigned char)buf[len - 1]))
		buf[--len] = '\0';
	return true;
}

static bool has_word(const char *list, const char *word)
{
	size_t n = strlen(word);
	const char *p;

	for (p = strstr(list, word); p; p = strstr(p + 1, word))
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' || !p[n]))
			return true;
	return false;
}

static void read_list(const char *dir, const char *name,
		      struct state_list *list)
{
	char buf[VALUE_LEN], *p, *end;

	list->count = 0;
	if (!read_value(dir, name, buf, sizeof(buf)))
		return;
	for (p = buf; *p && list->count < MAX_STATES; p = end) {
		list->v[list->count] = strtoull(p, &end, 10);
		if (end == p)
			break;
		list->count++;
	}
}

static void read_entries(const char *dir, struct cpu *cpu)
{
	char buf[VALUE_LEN], *word, *save;

	cpu->cx_entries = 0;
	if (!read_value(dir, "pm/cstate_entry", buf, sizeof(buf)))
		return;
	for (word = strtok_r(buf, " ", &save);
	     word && cpu->cx_entries < MAX_STATES;
	     word = strtok_r(NULL, " ", &save))
		snprintf(cpu->cx_entry[cpu->cx_entries++],
			 sizeof(cpu->cx_entry[0]), "%s", word);
}

static int read_cpu(unsigned int id, struct cpu *cpu)
{
	char dir[256], buf[64];

	memset(cpu, 0, sizeof(*cpu));
	cpu->id = id;
	snprintf(dir, sizeof(dir), "%s/xen_cpu%u", sysfs, id);
	if (!read_value(dir, "acpi_id", buf, sizeof(buf)) ||
	    !read_value(dir, "pm/cstates", cpu->cstates, sizeof(cpu->cstates)) ||
	    !read_value(dir, "pm/pstates", cpu->pstates, sizeof(cpu->pstates))) {
		fprintf(stderr, "xen-power-caps: %s: no acpi_id or pm/ files: %s\n",
			dir, not_loaded);
		return -1;
	}
	cpu->acpi_id = strtoull(buf, NULL, 10);
	/* Xen never takes cpu0 offline: it has no online file. */
	cpu->online = !read_value(dir, "online", buf, sizeof(buf)) ||
		      strcmp(buf, "0");
	read_list(dir, "pm/cstate_types", &cpu->cx_type);
	read_list(dir, "pm/cstate_latency_us", &cpu->cx_latency);
	read_list(dir, "pm/cstate_power_mw", &cpu->cx_power);
	read_entries(dir, cpu);
	read_list(dir, "pm/pstate_freq_mhz", &cpu->px_mhz);
	read_list(dir, "pm/pstate_power_mw", &cpu->px_power);
	read_list(dir, "pm/pstate_transition_latency_us", &cpu->px_latency);
	read_list(dir, "pm/pstate_bus_master_latency_us", &cpu->px_bm_latency);
	read_value(dir, "pm/ppc", cpu->ppc, sizeof(cpu->ppc));
	read_value(dir, "pm/psd_domain", cpu->psd_domain, sizeof(cpu->psd_domain));
	read_value(dir, "pm/psd_coordination", cpu->psd_coordination,
		   sizeof(cpu->psd_coordination));
	read_value(dir, "pm/psd_num_processors", cpu->psd_processors,
		   sizeof(cpu->psd_processors));
	if (read_value(dir, "pm/last_error", buf, sizeof(buf)))
		cpu->last_error = strtoll(buf, NULL, 10);
	return 0;
}

static int by_id(const void *a, const void *b)
{
	const struct cpu *x = a, *y = b;

	return (x->id > y->id) - (x->id < y->id);
}

static int read_host(struct host *host)
{
	char dir[256], buf[64];
	struct dirent *de;
	struct cpu *cpus;
	unsigned int id;
	DIR *d;

	snprintf(dir, sizeof(dir), "%s/pm", sysfs);
	if (!read_value(dir, "sleep_states", buf, sizeof(buf)) ||
	    !read_value(dir, "firmware_sleep_states", host->firmware_sleep_states,
			sizeof(host->firmware_sleep_states))) {
		fprintf(stderr, "xen-power-caps: %s: no sleep_states: %s\n",
			dir, not_loaded);
		return -1;
	}
	host->suspend_mem = has_word(buf, "mem");
	host->suspend_disk = has_word(buf, "disk");

	d = opendir(sysfs);
	if (!d)
		return -1;
	while ((de = readdir(d))) {
		if (sscanf(de->d_name, "xen_cpu%u", &id) != 1)
			continue;
		cpus = realloc(host->cpus, (host->ncpus + 1) * sizeof(*cpus));
		if (!cpus || read_cpu(id, &cpus[host->ncpus])) {
			if (cpus)
				host->cpus = cpus;
			closedir(d);
			return -1;
		}
		host->cpus = cpus;
		host->ncpus++;
	}
	closedir(d);
	qsort(host->cpus, host->ncpus, sizeof(*host->cpus), by_id);
	return 0;
}

static void print_cpu_xml(const struct cpu *c)
{
	unsigned int i;

	printf("    <cpu id='%u' acpi_id='%llu' online='%s' last_error='%lld'>\n",
	       c->id, c->acpi_id, c->online ? "yes" : "no", c->last_error);
	printf("      <cstates status='%s'>\n", c->cstates);
	for (i = 0; i < c->cx_type.count; i++) {
		printf("        <cstate type='C%llu' latency_us='%llu'",
		       c->cx_type.v[i], c->cx_latency.v[i]);
		printf(" power_mw='%llu' entry='%s'/>\n", c->cx_power.v[i],
		       i < c->cx_entries ? c->cx_entry[i] : "");
	}
	printf("      </cstates>\n      <pstates status='%s'", c->pstates);
	if (c->px_mhz.count) {
		printf(" limit='%s'>\n", c->ppc);
		printf("        <domain id='%s' coordination='%s' processors='%s'/>\n",
		       c->psd_domain, c->psd_coordination, c->psd_processors);
	} else {
		printf(">\n");
	}
	for (i = 0; i < c->px_mhz.count; i++) {
		printf("        <pstate mhz='%llu' power_mw='%llu'",
		       c->px_mhz.v[i], c->px_power.v[i]);
		printf(" transition_latency_us='%llu' bus_master_latency_us='%llu'/>\n",
		       c->px_latency.v[i], c->px_bm_latency.v[i]);
	}
	printf("      </pstates>\n    </cpu>\n");
}

static void print_xml(const struct host *host)
{
	unsigned int i;

	printf("<capabilities>\n  <host>\n    <power_management>\n");
	if (host->suspend_mem)
		printf("      <suspend_mem/>\n");
	if (host->suspend_disk)
		printf("      <suspend_disk/>\n");
	if (host->suspend_mem && host->suspend_disk)
		printf("      <suspend_hybrid/>\n");
	printf("    </power_management>\n  </host>\n");
	printf("  <xen_power firmware_sleep_states='%s'>\n",
	       host->firmware_sleep_states);
	for (i = 0; i < host->ncpus; i++)
		print_cpu_xml(&host->cpus[i]);
	printf("  </xen_power>\n</capabilities>\n");
}

static const char *json_bool(bool b)
{
	return b ? "true" : "false";
}

static void print_cpu_json(const struct cpu *c)
{
	unsigned int i;

	printf("    {\"cpu\": %u, \"acpi_id\": %llu, \"online\": %s, \"last_error\": %lld,\n",
	       c->id, c->acpi_id, json_bool(c->online), c->last_error);
	printf("     \"cstates\": {\"status\": \"%s\", \"states\": [", c->cstates);
	for (i = 0; i < c->cx_type.count; i++) {
		printf("%s{\"type\": %llu, \"latency_us\": %llu, ", i ? ", " : "",
		       c->cx_type.v[i], c->cx_latency.v[i]);
		printf("\"power_mw\": %llu, \"entry\": \"%s\"}", c->cx_power.v[i],
		       i < c->cx_entries ? c->cx_entry[i] : "");
	}
	printf("]},\n     \"pstates\": {\"status\": \"%s\"", c->pstates);
	if (c->px_mhz.count) {
		printf(", \"limit\": %s, \"domain\": {\"id\": %s, ", c->ppc, c->psd_domain);
		printf("\"coordination\": \"%s\", \"processors\": %s}",
		       c->psd_coordination, c->psd_processors);
	}
	printf(", \"states\": [");
	for (i = 0; i < c->px_mhz.count; i++) {
		printf("%s{\"mhz\": %llu, \"power_mw\": %llu, ", i ? ", " : "",
		       c->px_mhz.v[i], c->px_power.v[i]);
		printf("\"transition_latency_us\": %llu, \"bus_master_latency_us\": %llu}",
		       c->px_latency.v[i], c->px_bm_latency.v[i]);
	}
	printf("]}}");
}

static void print_json(const struct host *host)
{
	const char *fw = host->firmware_sleep_states;
	unsigned int i;

	printf("{\n  \"power_management\": {\"suspend_mem\": %s, \"suspend_disk\": %s, ",
	       json_bool(host->suspend_mem), json_bool(host->suspend_disk));
	printf("\"suspend_hybrid\": %s},\n",
	       json_bool(host->suspend_mem && host->suspend_disk));
	printf("  \"firmware_sleep_states\": [%s%s%s],\n  \"cpus\": [\n",
	       has_word(fw, "mem") ? "\"mem\"" : "",
	       has_word(fw, "mem") && has_word(fw, "disk") ? ", " : "",
	       has_word(fw, "disk") ? "\"disk\"" : "");
	for (i = 0; i < host->ncpus; i++) {
		print_cpu_json(&host->cpus[i]);
		printf("%s\n", i + 1 < host->ncpus ? "," : "");
	}
	printf("  ]\n}\n");
}

static void help(FILE *out)
{
	fprintf(out, "usage: xen-power-caps [--json] [--sysfs DIR]\n");
}

int main(int argc, char **argv)
{
	struct host host = { 0 };
	bool json = false;
	int i;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--json")) {
			json = true;
			continue;
		}
		if (!strcmp(argv[i], "--sysfs") && i + 1 < argc) {
			sysfs = argv[++i];
			continue;
		}
		help(strcmp(argv[i], "--help") ? stderr : stdout);
		return strcmp(argv[i], "--help") ? 2 : 0;
	}
	if (read_host(&host)) {
		free(host.cpus);
		return 1;
	}
	if (json)
		print_json(&host);
	else
		print_xml(&host);
	free(host.cpus);
	return 0;
}
