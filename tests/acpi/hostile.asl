/*
 * Hostile firmware: each of the 22 processors has one malformed
 * P-state object and one malformed _CST, or one of them (see the comment
 * above each scope), and two more Processor objects declare a duplicate
 * ACPI id (0) and one Xen does not know (0x40).  The backend must print
 * one line naming the ACPI id, the object and the fault, and Xen must
 * hold firmware's values of what it was given and nothing of the rest.
 *
 * Boot with 22 pCPUs and 2 dom0 vCPUs; tests/acpi/hostile.expect.json
 * says what Xen holds then.
 */
DefinitionBlock ("", "SSDT", 2, "XENPM", "HOSTILE", 1)
{
    External (\_SB.CPUS, DeviceObj)
    External (\_SB.CPUS.C000, ProcessorObj)
    External (\_SB.CPUS.C001, ProcessorObj)
    External (\_SB.CPUS.C002, ProcessorObj)
    External (\_SB.CPUS.C003, ProcessorObj)
    External (\_SB.CPUS.C004, ProcessorObj)
    External (\_SB.CPUS.C005, ProcessorObj)
    External (\_SB.CPUS.C006, ProcessorObj)
    External (\_SB.CPUS.C007, ProcessorObj)
    External (\_SB.CPUS.C008, ProcessorObj)
    External (\_SB.CPUS.C009, ProcessorObj)
    External (\_SB.CPUS.C00A, ProcessorObj)
    External (\_SB.CPUS.C00B, ProcessorObj)
    External (\_SB.CPUS.C00C, ProcessorObj)
    External (\_SB.CPUS.C00D, ProcessorObj)
    External (\_SB.CPUS.C00E, ProcessorObj)
    External (\_SB.CPUS.C00F, ProcessorObj)
    External (\_SB.CPUS.C010, ProcessorObj)
    External (\_SB.CPUS.C011, ProcessorObj)
    External (\_SB.CPUS.C012, ProcessorObj)
    External (\_SB.CPUS.C013, ProcessorObj)
    External (\_SB.CPUS.C014, ProcessorObj)
    External (\_SB.CPUS.C015, ProcessorObj)

    Scope (\_SB.CPUS)
    {
        /* ProcId 0 again: ignored, with a firmware bug line */
        Processor (DUP0, 0x00, 0x00000000, 0x00) { }
        /* A processor Xen does not have: skipped quietly */
        Processor (NOXN, 0x40, 0x00000000, 0x00) { }
    }

    /* ACPI id 0: well formed: the control */
    Scope (\_SB.CPUS.C000)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) }, ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XCST, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 1: _PSS entry 2 has frequency 0; _CST says 4 entries and has 3 (ACPICA fixes the count) */
    Scope (\_SB.CPUS.C001)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) }, ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 0, 100, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XCST, Package ()
        {
            4,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 2: _PSS empty; _CST has 9 entries: Xen takes the first 7 */
    Scope (\_SB.CPUS.C002)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) }, ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package () {})
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XCST, Package ()
        {
            9,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0616) }, 3, 110, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0617) }, 3, 120, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0618) }, 3, 130, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0619) }, 3, 140, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x061A) }, 3, 150, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x061B) }, 3, 160, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 3: _PSS has 256 states; _CST repeats its C2 entry */
    Scope (\_SB.CPUS.C003)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) }, ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 3000, 24000, 10, 10, 0x10, 0x10 },
            Package () { 2999, 23992, 10, 10, 0x11, 0x11 },
            Package () { 2998, 23984, 10, 10, 0x12, 0x12 },
            Package () { 2997, 23976, 10, 10, 0x13, 0x13 },
            Package () { 2996, 23968, 10, 10, 0x14, 0x14 },
            Package () { 2995, 23960, 10, 10, 0x15, 0x15 },
            Package () { 2994, 23952, 10, 10, 0x16, 0x16 },
            Package () { 2993, 23944, 10, 10, 0x17, 0x17 },
            Package () { 2992, 23936, 10, 10, 0x18, 0x18 },
            Package () { 2991, 23928, 10, 10, 0x19, 0x19 },
            Package () { 2990, 23920, 10, 10, 0x1A, 0x1A },
            Package () { 2989, 23912, 10, 10, 0x1B, 0x1B },
            Package () { 2988, 23904, 10, 10, 0x1C, 0x1C },
            Package () { 2987, 23896, 10, 10, 0x1D, 0x1D },
            Package () { 2986, 23888, 10, 10, 0x1E, 0x1E },
            Package () { 2985, 23880, 10, 10, 0x1F, 0x1F },
            Package () { 2984, 23872, 10, 10, 0x20, 0x20 },
            Package () { 2983, 23864, 10, 10, 0x21, 0x21 },
            Package () { 2982, 23856, 10, 10, 0x22, 0x22 },
            Package () { 2981, 23848, 10, 10, 0x23, 0x23 },
            Package () { 2980, 23840, 10, 10, 0x24, 0x24 },
            Package () { 2979, 23832, 10, 10, 0x25, 0x25 },
            Package () { 2978, 23824, 10, 10, 0x26, 0x26 },
            Package () { 2977, 23816, 10, 10, 0x27, 0x27 },
            Package () { 2976, 23808, 10, 10, 0x28, 0x28 },
            Package () { 2975, 23800, 10, 10, 0x29, 0x29 },
            Package () { 2974, 23792, 10, 10, 0x2A, 0x2A },
            Package () { 2973, 23784, 10, 10, 0x2B, 0x2B },
            Package () { 2972, 23776, 10, 10, 0x2C, 0x2C },
            Package () { 2971, 23768, 10, 10, 0x2D, 0x2D },
            Package () { 2970, 23760, 10, 10, 0x2E, 0x2E },
            Package () { 2969, 23752, 10, 10, 0x2F, 0x2F },
            Package () { 2968, 23744, 10, 10, 0x30, 0x30 },
            Package () { 2967, 23736, 10, 10, 0x31, 0x31 },
            Package () { 2966, 23728, 10, 10, 0x32, 0x32 },
            Package () { 2965, 23720, 10, 10, 0x33, 0x33 },
            Package () { 2964, 23712, 10, 10, 0x34, 0x34 },
            Package () { 2963, 23704, 10, 10, 0x35, 0x35 },
            Package () { 2962, 23696, 10, 10, 0x36, 0x36 },
            Package () { 2961, 23688, 10, 10, 0x37, 0x37 },
            Package () { 2960, 23680, 10, 10, 0x38, 0x38 },
            Package () { 2959, 23672, 10, 10, 0x39, 0x39 },
            Package () { 2958, 23664, 10, 10, 0x3A, 0x3A },
            Package () { 2957, 23656, 10, 10, 0x3B, 0x3B },
            Package () { 2956, 23648, 10, 10, 0x3C, 0x3C },
            Package () { 2955, 23640, 10, 10, 0x3D, 0x3D },
            Package () { 2954, 23632, 10, 10, 0x3E, 0x3E },
            Package () { 2953, 23624, 10, 10, 0x3F, 0x3F },
            Package () { 2952, 23616, 10, 10, 0x40, 0x40 },
            Package () { 2951, 23608, 10, 10, 0x41, 0x41 },
            Package () { 2950, 23600, 10, 10, 0x42, 0x42 },
            Package () { 2949, 23592, 10, 10, 0x43, 0x43 },
            Package () { 2948, 23584, 10, 10, 0x44, 0x44 },
            Package () { 2947, 23576, 10, 10, 0x45, 0x45 },
            Package () { 2946, 23568, 10, 10, 0x46, 0x46 },
            Package () { 2945, 23560, 10, 10, 0x47, 0x47 },
            Package () { 2944, 23552, 10, 10, 0x48, 0x48 },
            Package () { 2943, 23544, 10, 10, 0x49, 0x49 },
            Package () { 2942, 23536, 10, 10, 0x4A, 0x4A },
            Package () { 2941, 23528, 10, 10, 0x4B, 0x4B },
            Package () { 2940, 23520, 10, 10, 0x4C, 0x4C },
            Package () { 2939, 23512, 10, 10, 0x4D, 0x4D },
            Package () { 2938, 23504, 10, 10, 0x4E, 0x4E },
            Package () { 2937, 23496, 10, 10, 0x4F, 0x4F },
            Package () { 2936, 23488, 10, 10, 0x50, 0x50 },
            Package () { 2935, 23480, 10, 10, 0x51, 0x51 },
            Package () { 2934, 23472, 10, 10, 0x52, 0x52 },
            Package () { 2933, 23464, 10, 10, 0x53, 0x53 },
            Package () { 2932, 23456, 10, 10, 0x54, 0x54 },
            Package () { 2931, 23448, 10, 10, 0x55, 0x55 },
            Package () { 2930, 23440, 10, 10, 0x56, 0x56 },
            Package () { 2929, 23432, 10, 10, 0x57, 0x57 },
            Package () { 2928, 23424, 10, 10, 0x58, 0x58 },
            Package () { 2927, 23416, 10, 10, 0x59, 0x59 },
            Package () { 2926, 23408, 10, 10, 0x5A, 0x5A },
            Package () { 2925, 23400, 10, 10, 0x5B, 0x5B },
            Package () { 2924, 23392, 10, 10, 0x5C, 0x5C },
            Package () { 2923, 23384, 10, 10, 0x5D, 0x5D },
            Package () { 2922, 23376, 10, 10, 0x5E, 0x5E },
            Package () { 2921, 23368, 10, 10, 0x5F, 0x5F },
            Package () { 2920, 23360, 10, 10, 0x60, 0x60 },
            Package () { 2919, 23352, 10, 10, 0x61, 0x61 },
            Package () { 2918, 23344, 10, 10, 0x62, 0x62 },
            Package () { 2917, 23336, 10, 10, 0x63, 0x63 },
            Package () { 2916, 23328, 10, 10, 0x64, 0x64 },
            Package () { 2915, 23320, 10, 10, 0x65, 0x65 },
            Package () { 2914, 23312, 10, 10, 0x66, 0x66 },
            Package () { 2913, 23304, 10, 10, 0x67, 0x67 },
            Package () { 2912, 23296, 10, 10, 0x68, 0x68 },
            Package () { 2911, 23288, 10, 10, 0x69, 0x69 },
            Package () { 2910, 23280, 10, 10, 0x6A, 0x6A },
            Package () { 2909, 23272, 10, 10, 0x6B, 0x6B },
            Package () { 2908, 23264, 10, 10, 0x6C, 0x6C },
            Package () { 2907, 23256, 10, 10, 0x6D, 0x6D },
            Package () { 2906, 23248, 10, 10, 0x6E, 0x6E },
            Package () { 2905, 23240, 10, 10, 0x6F, 0x6F },
            Package () { 2904, 23232, 10, 10, 0x70, 0x70 },
            Package () { 2903, 23224, 10, 10, 0x71, 0x71 },
            Package () { 2902, 23216, 10, 10, 0x72, 0x72 },
            Package () { 2901, 23208, 10, 10, 0x73, 0x73 },
            Package () { 2900, 23200, 10, 10, 0x74, 0x74 },
            Package () { 2899, 23192, 10, 10, 0x75, 0x75 },
            Package () { 2898, 23184, 10, 10, 0x76, 0x76 },
            Package () { 2897, 23176, 10, 10, 0x77, 0x77 },
            Package () { 2896, 23168, 10, 10, 0x78, 0x78 },
            Package () { 2895, 23160, 10, 10, 0x79, 0x79 },
            Package () { 2894, 23152, 10, 10, 0x7A, 0x7A },
            Package () { 2893, 23144, 10, 10, 0x7B, 0x7B },
            Package () { 2892, 23136, 10, 10, 0x7C, 0x7C },
            Package () { 2891, 23128, 10, 10, 0x7D, 0x7D },
            Package () { 2890, 23120, 10, 10, 0x7E, 0x7E },
            Package () { 2889, 23112, 10, 10, 0x7F, 0x7F },
            Package () { 2888, 23104, 10, 10, 0x80, 0x80 },
            Package () { 2887, 23096, 10, 10, 0x81, 0x81 },
            Package () { 2886, 23088, 10, 10, 0x82, 0x82 },
            Package () { 2885, 23080, 10, 10, 0x83, 0x83 },
            Package () { 2884, 23072, 10, 10, 0x84, 0x84 },
            Package () { 2883, 23064, 10, 10, 0x85, 0x85 },
            Package () { 2882, 23056, 10, 10, 0x86, 0x86 },
            Package () { 2881, 23048, 10, 10, 0x87, 0x87 },
            Package () { 2880, 23040, 10, 10, 0x88, 0x88 },
            Package () { 2879, 23032, 10, 10, 0x89, 0x89 },
            Package () { 2878, 23024, 10, 10, 0x8A, 0x8A },
            Package () { 2877, 23016, 10, 10, 0x8B, 0x8B },
            Package () { 2876, 23008, 10, 10, 0x8C, 0x8C },
            Package () { 2875, 23000, 10, 10, 0x8D, 0x8D },
            Package () { 2874, 22992, 10, 10, 0x8E, 0x8E },
            Package () { 2873, 22984, 10, 10, 0x8F, 0x8F },
            Package () { 2872, 22976, 10, 10, 0x90, 0x90 },
            Package () { 2871, 22968, 10, 10, 0x91, 0x91 },
            Package () { 2870, 22960, 10, 10, 0x92, 0x92 },
            Package () { 2869, 22952, 10, 10, 0x93, 0x93 },
            Package () { 2868, 22944, 10, 10, 0x94, 0x94 },
            Package () { 2867, 22936, 10, 10, 0x95, 0x95 },
            Package () { 2866, 22928, 10, 10, 0x96, 0x96 },
            Package () { 2865, 22920, 10, 10, 0x97, 0x97 },
            Package () { 2864, 22912, 10, 10, 0x98, 0x98 },
            Package () { 2863, 22904, 10, 10, 0x99, 0x99 },
            Package () { 2862, 22896, 10, 10, 0x9A, 0x9A },
            Package () { 2861, 22888, 10, 10, 0x9B, 0x9B },
            Package () { 2860, 22880, 10, 10, 0x9C, 0x9C },
            Package () { 2859, 22872, 10, 10, 0x9D, 0x9D },
            Package () { 2858, 22864, 10, 10, 0x9E, 0x9E },
            Package () { 2857, 22856, 10, 10, 0x9F, 0x9F },
            Package () { 2856, 22848, 10, 10, 0xA0, 0xA0 },
            Package () { 2855, 22840, 10, 10, 0xA1, 0xA1 },
            Package () { 2854, 22832, 10, 10, 0xA2, 0xA2 },
            Package () { 2853, 22824, 10, 10, 0xA3, 0xA3 },
            Package () { 2852, 22816, 10, 10, 0xA4, 0xA4 },
            Package () { 2851, 22808, 10, 10, 0xA5, 0xA5 },
            Package () { 2850, 22800, 10, 10, 0xA6, 0xA6 },
            Package () { 2849, 22792, 10, 10, 0xA7, 0xA7 },
            Package () { 2848, 22784, 10, 10, 0xA8, 0xA8 },
            Package () { 2847, 22776, 10, 10, 0xA9, 0xA9 },
            Package () { 2846, 22768, 10, 10, 0xAA, 0xAA },
            Package () { 2845, 22760, 10, 10, 0xAB, 0xAB },
            Package () { 2844, 22752, 10, 10, 0xAC, 0xAC },
            Package () { 2843, 22744, 10, 10, 0xAD, 0xAD },
            Package () { 2842, 22736, 10, 10, 0xAE, 0xAE },
            Package () { 2841, 22728, 10, 10, 0xAF, 0xAF },
            Package () { 2840, 22720, 10, 10, 0xB0, 0xB0 },
            Package () { 2839, 22712, 10, 10, 0xB1, 0xB1 },
            Package () { 2838, 22704, 10, 10, 0xB2, 0xB2 },
            Package () { 2837, 22696, 10, 10, 0xB3, 0xB3 },
            Package () { 2836, 22688, 10, 10, 0xB4, 0xB4 },
            Package () { 2835, 22680, 10, 10, 0xB5, 0xB5 },
            Package () { 2834, 22672, 10, 10, 0xB6, 0xB6 },
            Package () { 2833, 22664, 10, 10, 0xB7, 0xB7 },
            Package () { 2832, 22656, 10, 10, 0xB8, 0xB8 },
            Package () { 2831, 22648, 10, 10, 0xB9, 0xB9 },
            Package () { 2830, 22640, 10, 10, 0xBA, 0xBA },
            Package () { 2829, 22632, 10, 10, 0xBB, 0xBB },
            Package () { 2828, 22624, 10, 10, 0xBC, 0xBC },
            Package () { 2827, 22616, 10, 10, 0xBD, 0xBD },
            Package () { 2826, 22608, 10, 10, 0xBE, 0xBE },
            Package () { 2825, 22600, 10, 10, 0xBF, 0xBF },
            Package () { 2824, 22592, 10, 10, 0xC0, 0xC0 },
            Package () { 2823, 22584, 10, 10, 0xC1, 0xC1 },
            Package () { 2822, 22576, 10, 10, 0xC2, 0xC2 },
            Package () { 2821, 22568, 10, 10, 0xC3, 0xC3 },
            Package () { 2820, 22560, 10, 10, 0xC4, 0xC4 },
            Package () { 2819, 22552, 10, 10, 0xC5, 0xC5 },
            Package () { 2818, 22544, 10, 10, 0xC6, 0xC6 },
            Package () { 2817, 22536, 10, 10, 0xC7, 0xC7 },
            Package () { 2816, 22528, 10, 10, 0xC8, 0xC8 },
            Package () { 2815, 22520, 10, 10, 0xC9, 0xC9 },
            Package () { 2814, 22512, 10, 10, 0xCA, 0xCA },
            Package () { 2813, 22504, 10, 10, 0xCB, 0xCB },
            Package () { 2812, 22496, 10, 10, 0xCC, 0xCC },
            Package () { 2811, 22488, 10, 10, 0xCD, 0xCD },
            Package () { 2810, 22480, 10, 10, 0xCE, 0xCE },
            Package () { 2809, 22472, 10, 10, 0xCF, 0xCF },
            Package () { 2808, 22464, 10, 10, 0xD0, 0xD0 },
            Package () { 2807, 22456, 10, 10, 0xD1, 0xD1 },
            Package () { 2806, 22448, 10, 10, 0xD2, 0xD2 },
            Package () { 2805, 22440, 10, 10, 0xD3, 0xD3 },
            Package () { 2804, 22432, 10, 10, 0xD4, 0xD4 },
            Package () { 2803, 22424, 10, 10, 0xD5, 0xD5 },
            Package () { 2802, 22416, 10, 10, 0xD6, 0xD6 },
            Package () { 2801, 22408, 10, 10, 0xD7, 0xD7 },
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2799, 22392, 10, 10, 0x11, 0x11 },
            Package () { 2798, 22384, 10, 10, 0x12, 0x12 },
            Package () { 2797, 22376, 10, 10, 0x13, 0x13 },
            Package () { 2796, 22368, 10, 10, 0x14, 0x14 },
            Package () { 2795, 22360, 10, 10, 0x15, 0x15 },
            Package () { 2794, 22352, 10, 10, 0x16, 0x16 },
            Package () { 2793, 22344, 10, 10, 0x17, 0x17 },
            Package () { 2792, 22336, 10, 10, 0x18, 0x18 },
            Package () { 2791, 22328, 10, 10, 0x19, 0x19 },
            Package () { 2790, 22320, 10, 10, 0x1A, 0x1A },
            Package () { 2789, 22312, 10, 10, 0x1B, 0x1B },
            Package () { 2788, 22304, 10, 10, 0x1C, 0x1C },
            Package () { 2787, 22296, 10, 10, 0x1D, 0x1D },
            Package () { 2786, 22288, 10, 10, 0x1E, 0x1E },
            Package () { 2785, 22280, 10, 10, 0x1F, 0x1F },
            Package () { 2784, 22272, 10, 10, 0x20, 0x20 },
            Package () { 2783, 22264, 10, 10, 0x21, 0x21 },
            Package () { 2782, 22256, 10, 10, 0x22, 0x22 },
            Package () { 2781, 22248, 10, 10, 0x23, 0x23 },
            Package () { 2780, 22240, 10, 10, 0x24, 0x24 },
            Package () { 2779, 22232, 10, 10, 0x25, 0x25 },
            Package () { 2778, 22224, 10, 10, 0x26, 0x26 },
            Package () { 2777, 22216, 10, 10, 0x27, 0x27 },
            Package () { 2776, 22208, 10, 10, 0x28, 0x28 },
            Package () { 2775, 22200, 10, 10, 0x29, 0x29 },
            Package () { 2774, 22192, 10, 10, 0x2A, 0x2A },
            Package () { 2773, 22184, 10, 10, 0x2B, 0x2B },
            Package () { 2772, 22176, 10, 10, 0x2C, 0x2C },
            Package () { 2771, 22168, 10, 10, 0x2D, 0x2D },
            Package () { 2770, 22160, 10, 10, 0x2E, 0x2E },
            Package () { 2769, 22152, 10, 10, 0x2F, 0x2F },
            Package () { 2768, 22144, 10, 10, 0x30, 0x30 },
            Package () { 2767, 22136, 10, 10, 0x31, 0x31 },
            Package () { 2766, 22128, 10, 10, 0x32, 0x32 },
            Package () { 2765, 22120, 10, 10, 0x33, 0x33 },
            Package () { 2764, 22112, 10, 10, 0x34, 0x34 },
            Package () { 2763, 22104, 10, 10, 0x35, 0x35 },
            Package () { 2762, 22096, 10, 10, 0x36, 0x36 },
            Package () { 2761, 22088, 10, 10, 0x37, 0x37 },
            Package () { 2760, 22080, 10, 10, 0x38, 0x38 },
            Package () { 2759, 22072, 10, 10, 0x39, 0x39 },
            Package () { 2758, 22064, 10, 10, 0x3A, 0x3A },
            Package () { 2757, 22056, 10, 10, 0x3B, 0x3B },
            Package () { 2756, 22048, 10, 10, 0x3C, 0x3C },
            Package () { 2755, 22040, 10, 10, 0x3D, 0x3D },
            Package () { 2754, 22032, 10, 10, 0x3E, 0x3E },
            Package () { 2753, 22024, 10, 10, 0x3F, 0x3F },
            Package () { 2752, 22016, 10, 10, 0x40, 0x40 },
            Package () { 2751, 22008, 10, 10, 0x41, 0x41 },
            Package () { 2750, 22000, 10, 10, 0x42, 0x42 },
            Package () { 2749, 21992, 10, 10, 0x43, 0x43 },
            Package () { 2748, 21984, 10, 10, 0x44, 0x44 },
            Package () { 2747, 21976, 10, 10, 0x45, 0x45 },
            Package () { 2746, 21968, 10, 10, 0x46, 0x46 },
            Package () { 2745, 21960, 10, 10, 0x47, 0x47 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XCST, Package ()
        {
            4,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 4: _PSS entry 1 has 5 elements; _CST has an entry of type 4 */
    Scope (\_SB.CPUS.C004)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) }, ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XCST, Package ()
        {
            4,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0616) }, 4, 200, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 5: _PSS entry 1 has a buffer for its power (ACPICA converts it); _CST entry 3's register is an integer */
    Scope (\_SB.CPUS.C005)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) }, ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, Buffer () { 1 }, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XCST, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { 0x0615, 3, 100, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 6: _PSS ascending (ACPICA sorts it); _CST C3 latency 0xFFFFFFFF */
    Scope (\_SB.CPUS.C006)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) }, ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2000, 16000, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2800, 22400, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XCST, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 0xFFFFFFFF, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 7: _PSS repeats 2400 MHz; _CST is a method that divides by zero */
    Scope (\_SB.CPUS.C007)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) }, ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2400, 19200, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Method (_CST, 0, NotSerialized)
        {
            Local0 = Zero
            Return (1 / Local0)
        }
    }

    /* ACPI id 8: no _PCT; _CST has an entry of type 0 (ACPICA removes it) */
    Scope (\_SB.CPUS.C008)
    {
        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XCST, Package ()
        {
            4,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0617) }, 0, 5, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 9: _PCT of one register */
    Scope (\_SB.CPUS.C009)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XCST, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 10: _PCT control in FFixedHW, status in SystemIO */
    Scope (\_SB.CPUS.C00A)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (FFixedHW, 0, 0, 0x199) }, ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XCST, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 11: _PCT in SystemMemory */
    Scope (\_SB.CPUS.C00B)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemMemory, 16, 0, 0xFED40000) }, ResourceTemplate () { Register (SystemMemory, 16, 0, 0xFED40002) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XCST, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 12: _PPC is a package: no limit */
    Scope (\_SB.CPUS.C00C)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) }, ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, Package () { 1 })
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XCST, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 13: _PPC 7 of 3 states: no limit */
    Scope (\_SB.CPUS.C00D)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) }, ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 7)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XCST, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 14: _PPC fails: no limit */
    Scope (\_SB.CPUS.C00E)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) }, ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Method (_PPC, 0, NotSerialized)
        {
            Local0 = Package () { 1 }
            Return (DerefOf (Local0 [5]))
        }

        Name (XCST, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 15: _PSD revision 1 */
    Scope (\_SB.CPUS.C00F)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) }, ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XPSD, Package () { Package () { 5, 1, 14, 0xFC, 1 } })
        Method (_PSD, 0, NotSerialized)
        {
            Return (XPSD)
        }

        Name (XCST, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 16: _PSD NumEntries 4 */
    Scope (\_SB.CPUS.C010)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) }, ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XPSD, Package () { Package () { 4, 0, 15, 0xFC, 1 } })
        Method (_PSD, 0, NotSerialized)
        {
            Return (XPSD)
        }

        Name (XCST, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 17: _PSD coordination type 0xFF */
    Scope (\_SB.CPUS.C011)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) }, ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XPSD, Package () { Package () { 5, 0, 16, 0xFF, 1 } })
        Method (_PSD, 0, NotSerialized)
        {
            Return (XPSD)
        }

        Name (XCST, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 18: _PSD domain of 0 processors */
    Scope (\_SB.CPUS.C012)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) }, ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XPSD, Package () { Package () { 5, 0, 17, 0xFC, 0 } })
        Method (_PSD, 0, NotSerialized)
        {
            Return (XPSD)
        }

        Name (XCST, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 19: _PSD: first member of domain 50, SW_ALL of 1 */
    Scope (\_SB.CPUS.C013)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) }, ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XPSD, Package () { Package () { 5, 0, 50, 0xFC, 1 } })
        Method (_PSD, 0, NotSerialized)
        {
            Return (XPSD)
        }

        Name (XCST, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 20: _PSD: domain 50 again, as SW_ANY of 1 */
    Scope (\_SB.CPUS.C014)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B00) }, ResourceTemplate () { Register (SystemIO, 16, 0, 0x0B02) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XPSD, Package () { Package () { 5, 0, 50, 0xFD, 1 } })
        Method (_PSD, 0, NotSerialized)
        {
            Return (XPSD)
        }

        Name (XCST, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }

    /* ACPI id 21: _PCT in FFixedHW, which Xen drives only on a CPU with EIST (QEMU's has none): Xen keeps the table and answers -ENODEV */
    Scope (\_SB.CPUS.C015)
    {
        Name (XPCT, Package () { ResourceTemplate () { Register (FFixedHW, 0, 0, 0) }, ResourceTemplate () { Register (FFixedHW, 0, 0, 0) } })
        Method (_PCT, 0, NotSerialized)
        {
            Return (XPCT)
        }

        Name (XPSS, Package ()
        {
            Package () { 2800, 22400, 10, 10, 0x10, 0x10 },
            Package () { 2400, 19200, 10, 10, 0x11, 0x11 },
            Package () { 2000, 16000, 10, 10, 0x12, 0x12 }
        })
        Method (_PSS, 0, NotSerialized)
        {
            Return (XPSS)
        }

        Name (XPPC, 0)
        Method (_PPC, 0, NotSerialized)
        {
            Return (XPPC)
        }

        Name (XCST, Package ()
        {
            3,
            Package () { ResourceTemplate () { Register (FFixedHW, 1, 2, 0, 1) }, 1, 1, 1000 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0614) }, 2, 10, 500 },
            Package () { ResourceTemplate () { Register (SystemIO, 8, 0, 0x0615) }, 3, 100, 500 }
        })
        Method (_CST, 0, NotSerialized)
        {
            Return (XCST)
        }
    }
}
