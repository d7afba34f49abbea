// SPDX-License-Identifier: GPL-2.0
/*
 * acpi-events: print the ACPI events the kernel sends user space over
 * generic netlink (family "acpi_event", group "acpi_mc_group": what
 * acpi_bus_generate_netlink_event() sends, and acpid listens to), one
 * line each, until killed:
 *
 *	CLASS BUS_ID 0xTYPE 0xDATA
 */
#include <linux/genetlink.h>
#include <linux/netlink.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* include/acpi/acpi_bus.h: the event, ACPI_GENL_ATTR_EVENT's payload. */
struct acpi_genl_event {
	char device_class[20];
	char bus_id[15];
	uint32_t type;
	uint32_t data;
};

#define ACPI_GENL_ATTR_EVENT	1

static char buf[16384];

static struct nlattr *next_attr(struct nlattr *a)
{
	return (struct nlattr *)((char *)a + NLA_ALIGN(a->nla_len));
}

#define for_each_attr(a, start, len) \
	for (a = (struct nlattr *)(start); \
	     (char *)a + NLA_HDRLEN <= (char *)(start) + (len) && \
	     a->nla_len >= NLA_HDRLEN && \
	     (char *)a + a->nla_len <= (char *)(start) + (len); \
	     a = next_attr(a))

#define attr_data(a)	((char *)(a) + NLA_HDRLEN)
#define attr_len(a)	((size_t)((a)->nla_len - NLA_HDRLEN))

/* Ask the generic netlink controller for the family's multicast group. */
static int acpi_event_group(int fd)
{
	struct {
		struct nlmsghdr n;
		struct genlmsghdr g;
		struct nlattr a;
		char name[16];
	} req = {
		.n = { .nlmsg_len = sizeof(req), .nlmsg_type = GENL_ID_CTRL,
		       .nlmsg_flags = NLM_F_REQUEST },
		.g = { .cmd = CTRL_CMD_GETFAMILY, .version = 1 },
		.a = { .nla_len = NLA_HDRLEN + sizeof("acpi_event"),
		       .nla_type = CTRL_ATTR_FAMILY_NAME },
		.name = "acpi_event",
	};
	struct nlmsghdr *n = (struct nlmsghdr *)buf;
	struct nlattr *a, *grp, *g;
	ssize_t len;

	if (send(fd, &req, sizeof(req), 0) < 0)
		return -1;
	len = recv(fd, buf, sizeof(buf), 0);
	if (len < (ssize_t)NLMSG_HDRLEN || !NLMSG_OK(n, len) ||
	    n->nlmsg_type != GENL_ID_CTRL)
		return -1;
	for_each_attr(a, (char *)NLMSG_DATA(n) + GENL_HDRLEN,
		      n->nlmsg_len - NLMSG_HDRLEN - GENL_HDRLEN) {
		if (a->nla_type != CTRL_ATTR_MCAST_GROUPS)
			continue;
		for_each_attr(grp, attr_data(a), attr_len(a)) {
			int id = -1, ours = 0;

			for_each_attr(g, attr_data(grp), attr_len(grp)) {
				if (g->nla_type == CTRL_ATTR_MCAST_GRP_NAME)
					ours = !strcmp(attr_data(g), "acpi_mc_group");
				else if (g->nla_type == CTRL_ATTR_MCAST_GRP_ID)
					memcpy(&id, attr_data(g), sizeof(id));
			}
			if (ours)
				return id;
		}
	}
	return -1;
}

int main(void)
{
	struct sockaddr_nl addr = { .nl_family = AF_NETLINK };
	int fd, group;
	ssize_t len;

	fd = socket(AF_NETLINK, SOCK_RAW, NETLINK_GENERIC);
	if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
		perror("acpi-events: netlink");
		return 1;
	}
	group = acpi_event_group(fd);
	if (group < 0 || setsockopt(fd, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP,
				    &group, sizeof(group)) < 0) {
		fprintf(stderr, "acpi-events: no acpi_event multicast group\n");
		return 1;
	}
	while ((len = recv(fd, buf, sizeof(buf), 0)) > 0) {
		struct nlmsghdr *n;

		for (n = (struct nlmsghdr *)buf; NLMSG_OK(n, len); n = NLMSG_NEXT(n, len)) {
			struct acpi_genl_event ev;
			struct nlattr *a;

			for_each_attr(a, (char *)NLMSG_DATA(n) + GENL_HDRLEN,
				      n->nlmsg_len - NLMSG_HDRLEN - GENL_HDRLEN) {
				if (a->nla_type != ACPI_GENL_ATTR_EVENT ||
				    attr_len(a) < sizeof(ev))
					continue;
				memcpy(&ev, attr_data(a), sizeof(ev));
				printf("%.20s %.15s %#x %#x\n", ev.device_class,
				       ev.bus_id, ev.type, ev.data);
				fflush(stdout);
			}
		}
	}
	return 0;
}
