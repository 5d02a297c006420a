import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  collectFacts,
  declaredModelDigest,
  parseLfsPointer
} from "./chunk-WEKPBRKS.js";
import {
  DEFAULT_MIN_ATTEMPTS,
  TIER_ORDER,
  ageInDays,
  discover,
  inThreadParser,
  isDigest,
  judgeProbes,
  mapPool,
  matchBase,
  openParser,
  parseIsoDate,
  probeWord,
  rateOf,
  sha256Hex,
  tierOf
} from "./chunk-CXMFJBLL.js";
import {
  fileProblem,
  statFile
} from "./chunk-5JGHM2XT.js";
import {
  UserError
} from "./chunk-DFUNPAS7.js";
import {
  blocking,
  decide,
  errorResult,
  isRuleId,
  sortFindings,
  toFinding
} from "./chunk-JOZW2F7Z.js";
import {
  normaliseRepoPath
} from "./chunk-CHNDTHGK.js";
import {
  __commonJS,
  __toESM
} from "./chunk-YMPWKLZV.js";

// node_modules/spdx-license-ids/index.json
var require_spdx_license_ids = __commonJS({
  "node_modules/spdx-license-ids/index.json"(exports, module) {
    module.exports = [
      "0BSD",
      "3D-Slicer-1.0",
      "AAL",
      "ADSL",
      "AFL-1.1",
      "AFL-1.2",
      "AFL-2.0",
      "AFL-2.1",
      "AFL-3.0",
      "AGPL-1.0-only",
      "AGPL-1.0-or-later",
      "AGPL-3.0-only",
      "AGPL-3.0-or-later",
      "ALGLIB-Documentation",
      "AMD-newlib",
      "AMDPLPA",
      "AML",
      "AML-glslang",
      "AMPAS",
      "ANTLR-PD",
      "ANTLR-PD-fallback",
      "APAFML",
      "APL-1.0",
      "APSL-1.0",
      "APSL-1.1",
      "APSL-1.2",
      "APSL-2.0",
      "ASWF-Digital-Assets-1.0",
      "ASWF-Digital-Assets-1.1",
      "Abstyles",
      "AdaCore-doc",
      "Adobe-2006",
      "Adobe-Display-PostScript",
      "Adobe-Glyph",
      "Adobe-Utopia",
      "Advanced-Cryptics-Dictionary",
      "Afmparse",
      "Aladdin",
      "Apache-1.0",
      "Apache-1.1",
      "Apache-2.0",
      "App-s2p",
      "Arphic-1999",
      "Artistic-1.0",
      "Artistic-1.0-Perl",
      "Artistic-1.0-cl8",
      "Artistic-2.0",
      "Artistic-dist",
      "Aspell-RU",
      "BOLA-1.1",
      "BSD-1-Clause",
      "BSD-2-Clause",
      "BSD-2-Clause-Darwin",
      "BSD-2-Clause-Patent",
      "BSD-2-Clause-Views",
      "BSD-2-Clause-first-lines",
      "BSD-2-Clause-pkgconf-disclaimer",
      "BSD-2-Clause-pos-unchanged",
      "BSD-3-Clause",
      "BSD-3-Clause-Attribution",
      "BSD-3-Clause-Clear",
      "BSD-3-Clause-HP",
      "BSD-3-Clause-LBNL",
      "BSD-3-Clause-Modification",
      "BSD-3-Clause-No-Military-License",
      "BSD-3-Clause-No-Nuclear-License",
      "BSD-3-Clause-No-Nuclear-License-2014",
      "BSD-3-Clause-No-Nuclear-Warranty",
      "BSD-3-Clause-Open-MPI",
      "BSD-3-Clause-OpenWebUI",
      "BSD-3-Clause-Sun",
      "BSD-3-Clause-Tso",
      "BSD-3-Clause-acpica",
      "BSD-3-Clause-flex",
      "BSD-4-Clause",
      "BSD-4-Clause-Shortened",
      "BSD-4-Clause-UC",
      "BSD-4.3RENO",
      "BSD-4.3TAHOE",
      "BSD-Advertising-Acknowledgement",
      "BSD-Attribution-HPND-disclaimer",
      "BSD-Inferno-Nettverk",
      "BSD-Mark-Modifications",
      "BSD-Protection",
      "BSD-Source-Code",
      "BSD-Source-Code-no-disclaimer",
      "BSD-Source-alt-GPL",
      "BSD-Source-beginning-file",
      "BSD-Systemics",
      "BSD-Systemics-W3Works",
      "BSD-ask-to-endorse",
      "BSL-1.0",
      "BUSL-1.1",
      "Baekmuk",
      "Bahyph",
      "Barr",
      "Beerware",
      "BitTorrent-1.0",
      "BitTorrent-1.1",
      "Bitstream-Charter",
      "Bitstream-Vera",
      "BlueOak-1.0.0",
      "Boehm-GC",
      "Boehm-GC-without-fee",
      "Borceux",
      "Brian-Gladman-2-Clause",
      "Brian-Gladman-3-Clause",
      "Brian-Gladman-3-Clause-no-conversion",
      "Buddy",
      "Bugroff",
      "C-UDA-1.0",
      "CAL-1.0",
      "CAL-1.0-Combined-Work-Exception",
      "CAPEC-tou",
      "CATOSL-1.1",
      "CC-BY-1.0",
      "CC-BY-2.0",
      "CC-BY-2.5",
      "CC-BY-2.5-AU",
      "CC-BY-3.0",
      "CC-BY-3.0-AT",
      "CC-BY-3.0-AU",
      "CC-BY-3.0-DE",
      "CC-BY-3.0-IGO",
      "CC-BY-3.0-NL",
      "CC-BY-3.0-US",
      "CC-BY-4.0",
      "CC-BY-NC-1.0",
      "CC-BY-NC-2.0",
      "CC-BY-NC-2.5",
      "CC-BY-NC-3.0",
      "CC-BY-NC-3.0-DE",
      "CC-BY-NC-3.0-IGO",
      "CC-BY-NC-4.0",
      "CC-BY-NC-ND-1.0",
      "CC-BY-NC-ND-2.0",
      "CC-BY-NC-ND-2.5",
      "CC-BY-NC-ND-3.0",
      "CC-BY-NC-ND-3.0-DE",
      "CC-BY-NC-ND-3.0-IGO",
      "CC-BY-NC-ND-4.0",
      "CC-BY-NC-SA-1.0",
      "CC-BY-NC-SA-2.0",
      "CC-BY-NC-SA-2.0-DE",
      "CC-BY-NC-SA-2.0-FR",
      "CC-BY-NC-SA-2.0-UK",
      "CC-BY-NC-SA-2.5",
      "CC-BY-NC-SA-3.0",
      "CC-BY-NC-SA-3.0-DE",
      "CC-BY-NC-SA-3.0-IGO",
      "CC-BY-NC-SA-4.0",
      "CC-BY-ND-1.0",
      "CC-BY-ND-2.0",
      "CC-BY-ND-2.5",
      "CC-BY-ND-3.0",
      "CC-BY-ND-3.0-DE",
      "CC-BY-ND-4.0",
      "CC-BY-SA-1.0",
      "CC-BY-SA-2.0",
      "CC-BY-SA-2.0-UK",
      "CC-BY-SA-2.1-JP",
      "CC-BY-SA-2.5",
      "CC-BY-SA-3.0",
      "CC-BY-SA-3.0-AT",
      "CC-BY-SA-3.0-DE",
      "CC-BY-SA-3.0-IGO",
      "CC-BY-SA-4.0",
      "CC-PDDC",
      "CC-PDM-1.0",
      "CC-SA-1.0",
      "CC0-1.0",
      "CDDL-1.0",
      "CDDL-1.1",
      "CDL-1.0",
      "CDLA-Permissive-1.0",
      "CDLA-Permissive-2.0",
      "CDLA-Sharing-1.0",
      "CECILL-1.0",
      "CECILL-1.1",
      "CECILL-2.0",
      "CECILL-2.1",
      "CECILL-B",
      "CECILL-C",
      "CERN-OHL-1.1",
      "CERN-OHL-1.2",
      "CERN-OHL-P-2.0",
      "CERN-OHL-S-2.0",
      "CERN-OHL-W-2.0",
      "CFITSIO",
      "CMU-Mach",
      "CMU-Mach-nodoc",
      "CNRI-Jython",
      "CNRI-Python",
      "CNRI-Python-GPL-Compatible",
      "COIL-1.0",
      "CPAL-1.0",
      "CPL-1.0",
      "CPOL-1.02",
      "CUA-OPL-1.0",
      "Caldera",
      "Caldera-no-preamble",
      "Catharon",
      "ClArtistic",
      "Clips",
      "Community-Spec-1.0",
      "Condor-1.1",
      "Cornell-Lossless-JPEG",
      "Cronyx",
      "Crossword",
      "CryptoSwift",
      "CrystalStacker",
      "Cube",
      "D-FSL-1.0",
      "DEC-3-Clause",
      "DL-DE-BY-2.0",
      "DL-DE-ZERO-2.0",
      "DOC",
      "DRL-1.0",
      "DRL-1.1",
      "DSDP",
      "DocBook-DTD",
      "DocBook-Schema",
      "DocBook-Stylesheet",
      "DocBook-XML",
      "Dotseqn",
      "ECL-1.0",
      "ECL-2.0",
      "EFL-1.0",
      "EFL-2.0",
      "EPICS",
      "EPL-1.0",
      "EPL-2.0",
      "ESA-PL-permissive-2.4",
      "ESA-PL-strong-copyleft-2.4",
      "ESA-PL-weak-copyleft-2.4",
      "EUDatagrid",
      "EUPL-1.0",
      "EUPL-1.1",
      "EUPL-1.2",
      "Elastic-2.0",
      "Entessa",
      "ErlPL-1.1",
      "Eurosym",
      "FBM",
      "FDK-AAC",
      "FDK-MPEG-H",
      "FSFAP",
      "FSFAP-no-warranty-disclaimer",
      "FSFUL",
      "FSFULLR",
      "FSFULLRSD",
      "FSFULLRWD",
      "FSL-1.1-ALv2",
      "FSL-1.1-MIT",
      "FTL",
      "Fair",
      "Ferguson-Twofish",
      "Frameworx-1.0",
      "FreeBSD-DOC",
      "FreeImage",
      "Furuseth",
      "GCR-docs",
      "GD",
      "GFDL-1.1-invariants-only",
      "GFDL-1.1-invariants-or-later",
      "GFDL-1.1-no-invariants-only",
      "GFDL-1.1-no-invariants-or-later",
      "GFDL-1.1-only",
      "GFDL-1.1-or-later",
      "GFDL-1.2-invariants-only",
      "GFDL-1.2-invariants-or-later",
      "GFDL-1.2-no-invariants-only",
      "GFDL-1.2-no-invariants-or-later",
      "GFDL-1.2-only",
      "GFDL-1.2-or-later",
      "GFDL-1.3-invariants-only",
      "GFDL-1.3-invariants-or-later",
      "GFDL-1.3-no-invariants-only",
      "GFDL-1.3-no-invariants-or-later",
      "GFDL-1.3-only",
      "GFDL-1.3-or-later",
      "GL2PS",
      "GLWTPL",
      "GPL-1.0-only",
      "GPL-1.0-or-later",
      "GPL-2.0-only",
      "GPL-2.0-or-later",
      "GPL-3.0-only",
      "GPL-3.0-or-later",
      "Game-Programming-Gems",
      "Giftware",
      "Glide",
      "Glulxe",
      "Graphics-Gems",
      "Gutmann",
      "HDF5",
      "HIDAPI",
      "HP-1986",
      "HP-1989",
      "HPND",
      "HPND-DEC",
      "HPND-Fenneberg-Livingston",
      "HPND-INRIA-IMAG",
      "HPND-Intel",
      "HPND-Kevlin-Henney",
      "HPND-MIT-disclaimer",
      "HPND-Markus-Kuhn",
      "HPND-Netrek",
      "HPND-Pbmplus",
      "HPND-SMC",
      "HPND-UC",
      "HPND-UC-export-US",
      "HPND-doc",
      "HPND-doc-sell",
      "HPND-export-US",
      "HPND-export-US-acknowledgement",
      "HPND-export-US-modify",
      "HPND-export2-US",
      "HPND-merchantability-variant",
      "HPND-sell-MIT-disclaimer-xserver",
      "HPND-sell-regexpr",
      "HPND-sell-variant",
      "HPND-sell-variant-MIT-disclaimer",
      "HPND-sell-variant-MIT-disclaimer-rev",
      "HPND-sell-variant-critical-systems",
      "HTMLTIDY",
      "HaskellReport",
      "Hippocratic-2.1",
      "Hippocratic-3.0-core",
      "IBM-pibs",
      "ICU",
      "IEC-Code-Components-EULA",
      "IJG",
      "IJG-short",
      "IPA",
      "IPL-1.0",
      "ISC",
      "ISC-Veillard",
      "ISO-permission",
      "ImageMagick",
      "Imlib2",
      "Info-ZIP",
      "Informatica",
      "Inner-Net-2.0",
      "InnoSetup",
      "Intel",
      "Intel-ACPI",
      "Interbase-1.0",
      "JPL-image",
      "JPNIC",
      "JSON",
      "Jam",
      "JasPer-2.0",
      "Kastrup",
      "Kazlib",
      "Knuth-CTAN",
      "LAL-1.2",
      "LAL-1.3",
      "LGPL-2.0-only",
      "LGPL-2.0-or-later",
      "LGPL-2.1-only",
      "LGPL-2.1-or-later",
      "LGPL-3.0-only",
      "LGPL-3.0-or-later",
      "LGPLLR",
      "LOOP",
      "LPD-document",
      "LPL-1.0",
      "LPL-1.02",
      "LPPL-1.0",
      "LPPL-1.1",
      "LPPL-1.2",
      "LPPL-1.3a",
      "LPPL-1.3c",
      "LZMA-SDK-9.11-to-9.20",
      "LZMA-SDK-9.22",
      "Latex2e",
      "Latex2e-translated-notice",
      "Leptonica",
      "LiLiQ-P-1.1",
      "LiLiQ-R-1.1",
      "LiLiQ-Rplus-1.1",
      "Libpng",
      "Linux-OpenIB",
      "Linux-man-pages-1-para",
      "Linux-man-pages-copyleft",
      "Linux-man-pages-copyleft-2-para",
      "Linux-man-pages-copyleft-var",
      "Lucida-Bitmap-Fonts",
      "MIPS",
      "MIT",
      "MIT-0",
      "MIT-CMU",
      "MIT-Click",
      "MIT-Festival",
      "MIT-Khronos-old",
      "MIT-Modern-Variant",
      "MIT-STK",
      "MIT-Wu",
      "MIT-advertising",
      "MIT-enna",
      "MIT-feh",
      "MIT-open-group",
      "MIT-testregex",
      "MITNFA",
      "MMIXware",
      "MMPL-1.0.1",
      "MPEG-SSG",
      "MPL-1.0",
      "MPL-1.1",
      "MPL-2.0",
      "MPL-2.0-no-copyleft-exception",
      "MS-LPL",
      "MS-PL",
      "MS-RL",
      "MTLL",
      "MVT-1.1",
      "Mackerras-3-Clause",
      "Mackerras-3-Clause-acknowledgment",
      "MakeIndex",
      "Martin-Birgmeier",
      "McPhee-slideshow",
      "Minpack",
      "MirOS",
      "Motosoto",
      "MulanPSL-1.0",
      "MulanPSL-2.0",
      "Multics",
      "Mup",
      "NAIST-2003",
      "NASA-1.3",
      "NBPL-1.0",
      "NCBI-PD",
      "NCGL-UK-2.0",
      "NCL",
      "NCSA",
      "NGPL",
      "NICTA-1.0",
      "NIST-PD",
      "NIST-PD-TNT",
      "NIST-PD-fallback",
      "NIST-Software",
      "NLOD-1.0",
      "NLOD-2.0",
      "NLPL",
      "NOSL",
      "NPL-1.0",
      "NPL-1.1",
      "NPOSL-3.0",
      "NRL",
      "NTIA-PD",
      "NTP",
      "NTP-0",
      "Naumen",
      "NetCDF",
      "Newsletr",
      "Nokia",
      "Noweb",
      "O-UDA-1.0",
      "OAR",
      "OCCT-PL",
      "OCLC-2.0",
      "ODC-By-1.0",
      "ODbL-1.0",
      "OFFIS",
      "OFL-1.0",
      "OFL-1.0-RFN",
      "OFL-1.0-no-RFN",
      "OFL-1.1",
      "OFL-1.1-RFN",
      "OFL-1.1-no-RFN",
      "OGC-1.0",
      "OGDL-Taiwan-1.0",
      "OGL-Canada-2.0",
      "OGL-UK-1.0",
      "OGL-UK-2.0",
      "OGL-UK-3.0",
      "OGTSL",
      "OLDAP-1.1",
      "OLDAP-1.2",
      "OLDAP-1.3",
      "OLDAP-1.4",
      "OLDAP-2.0",
      "OLDAP-2.0.1",
      "OLDAP-2.1",
      "OLDAP-2.2",
      "OLDAP-2.2.1",
      "OLDAP-2.2.2",
      "OLDAP-2.3",
      "OLDAP-2.4",
      "OLDAP-2.5",
      "OLDAP-2.6",
      "OLDAP-2.7",
      "OLDAP-2.8",
      "OLFL-1.3",
      "OML",
      "OPL-1.0",
      "OPL-UK-3.0",
      "OPUBL-1.0",
      "OSC-1.0",
      "OSET-PL-2.1",
      "OSL-1.0",
      "OSL-1.1",
      "OSL-2.0",
      "OSL-2.1",
      "OSL-3.0",
      "OSSP",
      "OpenMDW-1.0",
      "OpenPBS-2.3",
      "OpenSSL",
      "OpenSSL-standalone",
      "OpenVision",
      "PADL",
      "PDDL-1.0",
      "PHP-3.0",
      "PHP-3.01",
      "PPL",
      "PSF-2.0",
      "ParaType-Free-Font-1.3",
      "Parity-6.0.0",
      "Parity-7.0.0",
      "Pixar",
      "Plexus",
      "PolyForm-Noncommercial-1.0.0",
      "PolyForm-Small-Business-1.0.0",
      "PostgreSQL",
      "Python-2.0",
      "Python-2.0.1",
      "QPL-1.0",
      "QPL-1.0-INRIA-2004",
      "Qhull",
      "RHeCos-1.1",
      "RPL-1.1",
      "RPL-1.5",
      "RPSL-1.0",
      "RSA-MD",
      "RSCPL",
      "Rdisc",
      "Ruby",
      "Ruby-pty",
      "SAX-PD",
      "SAX-PD-2.0",
      "SCEA",
      "SGI-B-1.0",
      "SGI-B-1.1",
      "SGI-B-2.0",
      "SGI-OpenGL",
      "SGMLUG-PM",
      "SGP4",
      "SHL-0.5",
      "SHL-0.51",
      "SISSL",
      "SISSL-1.2",
      "SL",
      "SMAIL-GPL",
      "SMLNJ",
      "SMPPL",
      "SNIA",
      "SOFA",
      "SPL-1.0",
      "SSH-OpenSSH",
      "SSH-short",
      "SSLeay-standalone",
      "SSPL-1.0",
      "SUL-1.0",
      "SWL",
      "Saxpath",
      "SchemeReport",
      "Sendmail",
      "Sendmail-8.23",
      "Sendmail-Open-Source-1.1",
      "SimPL-2.0",
      "Sleepycat",
      "Soundex",
      "Spencer-86",
      "Spencer-94",
      "Spencer-99",
      "SugarCRM-1.1.3",
      "Sun-PPP",
      "Sun-PPP-2000",
      "SunPro",
      "Symlinks",
      "TAPR-OHL-1.0",
      "TCL",
      "TCP-wrappers",
      "TGPPL-1.0",
      "TMate",
      "TORQUE-1.1",
      "TOSL",
      "TPDL",
      "TPL-1.0",
      "TTWL",
      "TTYP0",
      "TU-Berlin-1.0",
      "TU-Berlin-2.0",
      "TekHVC",
      "TermReadKey",
      "ThirdEye",
      "TrustedQSL",
      "UCAR",
      "UCL-1.0",
      "UMich-Merit",
      "UPL-1.0",
      "URT-RLE",
      "Ubuntu-font-1.0",
      "UnRAR",
      "Unicode-3.0",
      "Unicode-DFS-2015",
      "Unicode-DFS-2016",
      "Unicode-TOU",
      "UnixCrypt",
      "Unlicense",
      "Unlicense-libtelnet",
      "Unlicense-libwhirlpool",
      "VOSTROM",
      "VSL-1.0",
      "Vim",
      "Vixie-Cron",
      "W3C",
      "W3C-19980720",
      "W3C-20150513",
      "WTFNMFPL",
      "WTFPL",
      "Watcom-1.0",
      "Widget-Workshop",
      "WordNet",
      "Wsuipa",
      "X11",
      "X11-distribute-modifications-variant",
      "X11-no-permit-persons",
      "X11-swapped",
      "XFree86-1.1",
      "XSkat",
      "Xdebug-1.03",
      "Xerox",
      "Xfig",
      "Xnet",
      "YPL-1.0",
      "YPL-1.1",
      "ZPL-1.1",
      "ZPL-2.0",
      "ZPL-2.1",
      "Zed",
      "Zeeff",
      "Zend-2.0",
      "Zimbra-1.3",
      "Zimbra-1.4",
      "Zlib",
      "any-OSI",
      "any-OSI-perl-modules",
      "atc-game",
      "bcrypt-Solar-Designer",
      "blessing",
      "bzip2-1.0.6",
      "check-cvs",
      "checkmk",
      "copyleft-next-0.3.0",
      "copyleft-next-0.3.1",
      "curl",
      "cve-tou",
      "diffmark",
      "dtoa",
      "dvipdfm",
      "eGenix",
      "etalab-2.0",
      "fwlw",
      "gSOAP-1.3b",
      "generic-xts",
      "gnuplot",
      "gtkbook",
      "hdparm",
      "hyphen-bulgarian",
      "iMatix",
      "jove",
      "libpng-1.6.35",
      "libpng-2.0",
      "libselinux-1.0",
      "libtiff",
      "libutil-David-Nugent",
      "lsof",
      "magaz",
      "mailprio",
      "man2html",
      "metamail",
      "mpi-permissive",
      "mpich2",
      "mplus",
      "ngrep",
      "pkgconf",
      "pnmstitch",
      "psfrag",
      "psutils",
      "python-ldap",
      "radvd",
      "snprintf",
      "softSurfer",
      "ssh-keyscan",
      "swrule",
      "threeparttable",
      "ulem",
      "w3m",
      "wwl",
      "xinetd",
      "xkeyboard-config-Zinoviev",
      "xlock",
      "xpp",
      "xzoom",
      "zlib-acknowledgement"
    ];
  }
});

// node_modules/spdx-license-ids/deprecated.json
var require_deprecated = __commonJS({
  "node_modules/spdx-license-ids/deprecated.json"(exports, module) {
    module.exports = [
      "AGPL-1.0",
      "AGPL-3.0",
      "BSD-2-Clause-FreeBSD",
      "BSD-2-Clause-NetBSD",
      "GFDL-1.1",
      "GFDL-1.2",
      "GFDL-1.3",
      "GPL-1.0",
      "GPL-2.0",
      "GPL-2.0-with-GCC-exception",
      "GPL-2.0-with-autoconf-exception",
      "GPL-2.0-with-bison-exception",
      "GPL-2.0-with-classpath-exception",
      "GPL-2.0-with-font-exception",
      "GPL-3.0",
      "GPL-3.0-with-GCC-exception",
      "GPL-3.0-with-autoconf-exception",
      "LGPL-2.0",
      "LGPL-2.1",
      "LGPL-3.0",
      "Net-SNMP",
      "Nunit",
      "StandardML-NJ",
      "bzip2-1.0.5",
      "eCos-2.0",
      "wxWindows"
    ];
  }
});

// node_modules/spdx-exceptions/index.json
var require_spdx_exceptions = __commonJS({
  "node_modules/spdx-exceptions/index.json"(exports, module) {
    module.exports = [
      "389-exception",
      "Asterisk-exception",
      "Autoconf-exception-2.0",
      "Autoconf-exception-3.0",
      "Autoconf-exception-generic",
      "Autoconf-exception-generic-3.0",
      "Autoconf-exception-macro",
      "Bison-exception-1.24",
      "Bison-exception-2.2",
      "Bootloader-exception",
      "Classpath-exception-2.0",
      "CLISP-exception-2.0",
      "cryptsetup-OpenSSL-exception",
      "DigiRule-FOSS-exception",
      "eCos-exception-2.0",
      "Fawkes-Runtime-exception",
      "FLTK-exception",
      "fmt-exception",
      "Font-exception-2.0",
      "freertos-exception-2.0",
      "GCC-exception-2.0",
      "GCC-exception-2.0-note",
      "GCC-exception-3.1",
      "Gmsh-exception",
      "GNAT-exception",
      "GNOME-examples-exception",
      "GNU-compiler-exception",
      "gnu-javamail-exception",
      "GPL-3.0-interface-exception",
      "GPL-3.0-linking-exception",
      "GPL-3.0-linking-source-exception",
      "GPL-CC-1.0",
      "GStreamer-exception-2005",
      "GStreamer-exception-2008",
      "i2p-gpl-java-exception",
      "KiCad-libraries-exception",
      "LGPL-3.0-linking-exception",
      "libpri-OpenH323-exception",
      "Libtool-exception",
      "Linux-syscall-note",
      "LLGPL",
      "LLVM-exception",
      "LZMA-exception",
      "mif-exception",
      "OCaml-LGPL-linking-exception",
      "OCCT-exception-1.0",
      "OpenJDK-assembly-exception-1.0",
      "openvpn-openssl-exception",
      "PS-or-PDF-font-exception-20170817",
      "QPL-1.0-INRIA-2004-exception",
      "Qt-GPL-exception-1.0",
      "Qt-LGPL-exception-1.1",
      "Qwt-exception-1.0",
      "SANE-exception",
      "SHL-2.0",
      "SHL-2.1",
      "stunnel-exception",
      "SWI-exception",
      "Swift-exception",
      "Texinfo-exception",
      "u-boot-exception-2.0",
      "UBDL-exception",
      "Universal-FOSS-exception-1.0",
      "vsftpd-openssl-exception",
      "WxWindows-exception-3.1",
      "x11vnc-openssl-exception"
    ];
  }
});

// node_modules/spdx-expression-parse/scan.js
var require_scan = __commonJS({
  "node_modules/spdx-expression-parse/scan.js"(exports, module) {
    "use strict";
    var licenses = [].concat(require_spdx_license_ids()).concat(require_deprecated());
    var exceptions = require_spdx_exceptions();
    module.exports = function(source) {
      var index = 0;
      function hasMore() {
        return index < source.length;
      }
      function read(value) {
        if (value instanceof RegExp) {
          var chars = source.slice(index);
          var match = chars.match(value);
          if (match) {
            index += match[0].length;
            return match[0];
          }
        } else {
          if (source.indexOf(value, index) === index) {
            index += value.length;
            return value;
          }
        }
      }
      function skipWhitespace() {
        read(/[ ]*/);
      }
      function operator() {
        var string;
        var possibilities = [/^WITH/i, /^AND/i, /^OR/i, "(", ")", ":", "+"];
        for (var i = 0; i < possibilities.length; i++) {
          string = read(possibilities[i]);
          if (string) {
            break;
          }
        }
        if (string === "+" && index > 1 && source[index - 2] === " ") {
          throw new Error("Space before `+`");
        }
        return string && {
          type: "OPERATOR",
          string: string.toUpperCase()
        };
      }
      function idstring() {
        return read(/[A-Za-z0-9-.]+/);
      }
      function expectIdstring() {
        var string = idstring();
        if (!string) {
          throw new Error("Expected idstring at offset " + index);
        }
        return string;
      }
      function documentRef() {
        if (read("DocumentRef-")) {
          var string = expectIdstring();
          return { type: "DOCUMENTREF", string };
        }
      }
      function licenseRef() {
        if (read("LicenseRef-")) {
          var string = expectIdstring();
          return { type: "LICENSEREF", string };
        }
      }
      function identifier() {
        var begin = index;
        var string = idstring();
        if (licenses.indexOf(string) !== -1) {
          return {
            type: "LICENSE",
            string
          };
        } else if (exceptions.indexOf(string) !== -1) {
          return {
            type: "EXCEPTION",
            string
          };
        }
        index = begin;
      }
      function parseToken() {
        return operator() || documentRef() || licenseRef() || identifier();
      }
      var tokens = [];
      while (hasMore()) {
        skipWhitespace();
        if (!hasMore()) {
          break;
        }
        var token = parseToken();
        if (!token) {
          throw new Error("Unexpected `" + source[index] + "` at offset " + index);
        }
        tokens.push(token);
      }
      return tokens;
    };
  }
});

// node_modules/spdx-expression-parse/parse.js
var require_parse = __commonJS({
  "node_modules/spdx-expression-parse/parse.js"(exports, module) {
    "use strict";
    module.exports = function(tokens) {
      var index = 0;
      function hasMore() {
        return index < tokens.length;
      }
      function token() {
        return hasMore() ? tokens[index] : null;
      }
      function next() {
        if (!hasMore()) {
          throw new Error();
        }
        index++;
      }
      function parseOperator(operator) {
        var t = token();
        if (t && t.type === "OPERATOR" && operator === t.string) {
          next();
          return t.string;
        }
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t = token();
          if (t && t.type === "EXCEPTION") {
            next();
            return t.string;
          }
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index;
        var string = "";
        var t = token();
        if (t.type === "DOCUMENTREF") {
          next();
          string += "DocumentRef-" + t.string + ":";
          if (!parseOperator(":")) {
            throw new Error("Expected `:` after `DocumentRef-...`");
          }
        }
        t = token();
        if (t === null) {
          throw new Error("Unexpected end of input");
        }
        if (t.type === "LICENSEREF") {
          next();
          string += "LicenseRef-" + t.string;
          var node2 = { license: string };
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
        index = begin;
      }
      function parseLicense() {
        var t = token();
        if (t && t.type === "LICENSE") {
          next();
          var node2 = { license: t.string };
          if (parseOperator("+")) {
            node2.plus = true;
          }
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
      }
      function parseParenthesizedExpression() {
        var left = parseOperator("(");
        if (!left) {
          return;
        }
        var expr = parseExpression();
        if (!parseOperator(")")) {
          throw new Error("Expected `)`");
        }
        return expr;
      }
      function parseAtom() {
        return parseParenthesizedExpression() || parseLicenseRef() || parseLicense();
      }
      function makeBinaryOpParser(operator, nextParser) {
        return function parseBinaryOp() {
          var left = nextParser();
          if (!left) {
            return;
          }
          if (!parseOperator(operator)) {
            return left;
          }
          var right = parseBinaryOp();
          if (!right) {
            throw new Error("Expected expression");
          }
          return {
            left,
            conjunction: operator.toLowerCase(),
            right
          };
        };
      }
      var parseAnd = makeBinaryOpParser("AND", parseAtom);
      var parseExpression = makeBinaryOpParser("OR", parseAnd);
      var node = parseExpression();
      if (!node || hasMore()) {
        throw new Error("Syntax error");
      }
      return node;
    };
  }
});

// node_modules/spdx-expression-parse/index.js
var require_spdx_expression_parse = __commonJS({
  "node_modules/spdx-expression-parse/index.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    module.exports = function(source) {
      return parse2(scan(source));
    };
  }
});

// src/checks/context.ts
function at(facts, ...path) {
  const pos = facts.loaded.source.locate(path);
  return { file: facts.loaded.file, line: pos.line, column: pos.column, model: facts.name };
}
function q(s) {
  return JSON.stringify(s);
}

// src/checks/expiry.ts
var DAY = 864e5;
function olderDate(a, b) {
  const [ma, mb] = [parseIsoDate(a), parseIsoDate(b)];
  if (ma === null) return mb === null ? null : b;
  if (mb === null) return a;
  return mb < ma ? b : a;
}
function expiryItems(facts) {
  const spec = facts.loaded.manifest.spec;
  const tp = facts.tierPolicy;
  const out = [];
  const add = (item, date, maxAge, loc) => {
    if (maxAge === void 0 || !date) return;
    const ms = parseIsoDate(date);
    if (ms === null) return;
    const { file, line } = at(facts, ...loc);
    const expiresMs = Date.UTC(...utcYmd(ms)) + maxAge * DAY;
    out.push({
      model: facts.name,
      item,
      file,
      ...line ? { line } : {},
      date,
      expires: new Date(expiresMs).toISOString().slice(0, 10),
      daysLeft: maxAge - ageInDays(ms, facts.now)
    });
  };
  const ra = spec.riskAssessment;
  if (ra) add("risk assessment", ra.date, tp.riskAssessment?.maxAgeDays, ["spec", "riskAssessment", "date"]);
  for (const ev of facts.evidence) {
    const t = spec.adversarialTests?.[ev.index];
    if (!t) continue;
    const run = ev.parse?.ok ? ev.parse.summary.date : void 0;
    add(`adversarial test ${t.report} (${t.tool})`, olderDate(t.date, run), tp.adversarialTests?.maxAgeDays, [
      "spec",
      "adversarialTests",
      ev.index,
      "date"
    ]);
  }
  if (spec.evaluation)
    add("evaluation", spec.evaluation.date, tp.evaluation?.maxAgeDays, ["spec", "evaluation", "date"]);
  for (const [i, d] of (spec.datasets ?? []).entries())
    add(`vetting of dataset ${d.name}`, d.vetted?.date, tp.datasets?.vettedMaxAgeDays, [
      "spec",
      "datasets",
      i,
      "vetted",
      "date"
    ]);
  return out;
}
function waiverExpiryItems(policy, now, file) {
  const out = [];
  for (const w of policy.waivers) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(w.expires.trim())) continue;
    const ms = parseIsoDate(w.expires.trim());
    if (ms === null || !w.rule || !w.model) continue;
    out.push({
      model: w.model,
      item: `waiver of ${w.rule}${w.ticket ? ` (${w.ticket})` : ""}`,
      ...file ? { file } : {},
      ...w.line ? { line: w.line } : {},
      date: w.expires.trim(),
      expires: w.expires.trim(),
      daysLeft: -ageInDays(ms, now)
    });
  }
  return out;
}
var EXPIRED_RULES = /* @__PURE__ */ new Set([
  "risk/assessment-expired",
  "evidence/expired",
  "evaluation/expired",
  "waiver/expired"
]);
function checkExpiring(items, within) {
  return items.filter((i) => i.daysLeft >= 0 && i.daysLeft <= within).map((i) => ({
    ruleId: "audit/expiring",
    message: `The ${i.item} of ${q(i.model)} is current until ${i.expires} (${i.daysLeft === 0 ? "today is its last day" : `${i.daysLeft} day${i.daysLeft === 1 ? "" : "s"} left`}; dated ${i.date}). Renew it before then, or deployments of this model will be refused.`,
    ...i.file ? { file: i.file } : {},
    ...i.line ? { line: i.line } : {},
    model: i.model
  }));
}
function checkVettingAge(facts) {
  const max = facts.tierPolicy.datasets?.vettedMaxAgeDays;
  if (max === void 0) return [];
  const out = [];
  for (const [i, d] of (facts.loaded.manifest.spec.datasets ?? []).entries()) {
    if (!d.vetted) continue;
    const ms = parseIsoDate(d.vetted.date);
    const age = ms === null ? null : ageInDays(ms, facts.now);
    if (age !== null && age <= max && age >= -1) continue;
    out.push({
      ruleId: "provenance/unvetted-dataset",
      message: age === null ? `The vetting of dataset ${q(d.name)} has no valid date; record vetted.date (YYYY-MM-DD).` : age < -1 ? `The vetting of dataset ${q(d.name)} is dated ${d.vetted.date}, in the future.` : `The vetting of dataset ${q(d.name)} is ${age} days old (${d.vetted.date}); the policy allows ${max} for ${facts.tier} risk. Have it vetted again.`,
      ...at(facts, "spec", "datasets", i, "vetted", "date")
    });
  }
  return out;
}
function utcYmd(ms) {
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
}

// src/checks/agent.ts
function checkAgent(facts) {
  const tools = facts.loaded.manifest.spec.agent?.tools ?? [];
  const risky = new Set(facts.policy.agent.riskyScopes);
  const out = [];
  for (const [i, tool] of tools.entries()) {
    const bad = tool.scopes.filter((s) => risky.has(s));
    if (bad.length > 0 && tool.humanApproval !== true) {
      out.push({
        ruleId: "agent/unapproved-tool-scope",
        message: `The agent tool ${q(tool.name)} has the ${bad.join(", ")} scope${bad.length > 1 ? "s" : ""} without human approval. Set humanApproval: true or narrow its scopes to read.`,
        ...at(facts, "spec", "agent", "tools", i)
      });
    }
  }
  return out;
}

// src/checks/contributors.ts
var WEB_FLOW = "web-flow";
function isUpdateMerge(c, inPr) {
  return c.parents.length === 2 && inPr.has(c.parents[0]) && !inPr.has(c.parents[1]) && c.committer?.toLowerCase() === WEB_FLOW && c.verified;
}
function contributorsOf(commits) {
  const inPr = new Set(commits.map((c) => c.sha));
  const byLogin = /* @__PURE__ */ new Map();
  const unlinked = [];
  const updateMerges = [];
  const add = (login, sha) => {
    const key = login.toLowerCase();
    const shas = byLogin.get(key) ?? [];
    if (!shas.includes(sha)) shas.push(sha);
    byLogin.set(key, shas);
  };
  for (const c of commits) {
    if (isUpdateMerge(c, inPr)) {
      updateMerges.push(c);
      continue;
    }
    const sha = c.sha.slice(0, 7);
    if (c.author) add(c.author, sha);
    if (c.committer) add(c.committer, sha);
    if (!c.author || !c.committer) unlinked.push(c);
  }
  return { byLogin, unlinked, updateMerges };
}

// src/checks/approval.ts
function checkApprovals(args) {
  const { policy, pr } = args;
  const out = [];
  const needs = args.models.flatMap((m) => {
    const need = requirementOf(policy, m.tier);
    return need ? [{ model: m, ...need }] : [];
  });
  if (!pr) {
    for (const { model, count, from } of needs)
      out.push({
        ruleId: "approval/pending",
        message: `Approvals are checked on the pull request; ${count} required from ${describe(from)}.`,
        file: model.file,
        line: model.line,
        model: model.name
      });
    if (args.policyChanged)
      out.push({
        ruleId: "approval/pending",
        message: `Approvals are checked on the pull request; a change to the policy needs 1 approval from ${describeOwners(policy.owners)}.`,
        file: args.policyFile
      });
    return out;
  }
  const needsApproval = needs.length > 0 || args.policyChanged;
  if (pr.unverifiable !== void 0) {
    const finding = (count, from, who) => ({
      ruleId: "approval/unverifiable",
      message: `${who} needs ${count} approval${count === 1 ? "" : "s"} from ${describe(from)}, and they cannot be checked: ${pr.unverifiable}.`
    });
    for (const { model, count, from } of needs)
      out.push({
        ...finding(count, from, `A ${model.tier}-risk model`),
        file: model.file,
        line: model.line,
        model: model.name
      });
    if (args.policyChanged)
      out.push({ ...finding(1, policy.owners, "A change to the policy file"), file: args.policyFile });
    return out;
  }
  const standings = latestStandings(pr.reviews);
  const writers = authorship(pr, policy);
  const judge = (from, count, who) => judgeApprovals(pr, policy, standings, writers, from, count, who);
  for (const { model, count, from } of needs) {
    for (const problem of judge(from, count, `A ${model.tier}-risk model`))
      out.push({ ...problem, file: model.file, line: model.line, model: model.name });
  }
  if (args.policyChanged) {
    for (const problem of judge(policy.owners, 1, "A change to the policy file"))
      out.push({ ...problem, file: args.policyFile });
  }
  if (needsApproval && writers.kind === "known" && writers.contributors.unlinked.length > 0)
    out.push(unlinkedNote(pr.number, writers.contributors));
  return out;
}
function authorship(pr, policy) {
  if (policy.approvals.allowContributors) return { kind: "ignored" };
  if (!pr.commits) return { kind: "unknown", why: `the commits of pull request #${pr.number} were not read` };
  if ("unreadable" in pr.commits) return { kind: "unknown", why: pr.commits.unreadable };
  return { kind: "known", contributors: contributorsOf(pr.commits.commits) };
}
var UNLINKED_SHOWN = 10;
function unlinkedNote(number, c) {
  const shown = c.unlinked.slice(0, UNLINKED_SHOWN).map((x) => `${x.sha.slice(0, 7)} (author "${x.authorName.slice(0, 60)}")`);
  const more = c.unlinked.length - shown.length;
  return {
    ruleId: "approval/unverifiable",
    severity: "note",
    message: `${c.unlinked.length} commit${c.unlinked.length === 1 ? "" : "s"} of pull request #${number} ha${c.unlinked.length === 1 ? "s" : "ve"} an author or committer with no linked GitHub account, so the gate cannot tell whether an approver wrote ${c.unlinked.length === 1 ? "it" : "them"}: ${shown.join(", ")}${more > 0 ? `, and ${more} more` : ""}. Check them before merging, or ask the authors to link their commit e-mail to their account.`
  };
}
function requirementOf(policy, tier) {
  if (!tier) return null;
  const t = policy.tiers[tier];
  if (!t || t.blocked) return null;
  const count = t.approvals?.count ?? 0;
  if (!(count > 0)) return null;
  return { count, from: t.approvals?.from ?? { teams: [], users: [] } };
}
function latestStandings(reviews) {
  const time = (r) => Date.parse(r.submittedAt) || 0;
  const sorted = reviews.filter((r) => r.state !== "PENDING").sort((a, b) => time(a) - time(b));
  const byUser = /* @__PURE__ */ new Map();
  for (const r of sorted) {
    const key = r.user.toLowerCase();
    if (r.state === "APPROVED" || r.state === "CHANGES_REQUESTED")
      byUser.set(key, { user: r.user, state: r.state, commitId: r.commitId });
    else if (r.state === "DISMISSED") byUser.delete(key);
  }
  return byUser;
}
function judgeApprovals(pr, policy, standings, writers, from, count, who) {
  const author = pr.author.toLowerCase();
  const counted = [];
  const unknown = [];
  const ignored = [];
  const blockers = [];
  const unknownBlockers = [];
  for (const s of standings.values()) {
    const isAuthor = s.user.toLowerCase() === author;
    if (s.state === "CHANGES_REQUESTED") {
      if (isAuthor) continue;
      const e2 = eligibility(s.user, from, pr);
      if (e2 === "yes") blockers.push(s.user);
      else if (e2 !== "no") unknownBlockers.push({ user: s.user, why: e2.unknown });
      continue;
    }
    if (isAuthor && !policy.approvals.allowAuthor) {
      ignored.push(`${s.user} is the author and cannot approve their own change`);
      continue;
    }
    const wrote = writers.kind === "known" ? writers.contributors.byLogin.get(s.user.toLowerCase()) : void 0;
    if (wrote) {
      ignored.push(
        `${s.user} authored or committed ${wrote.length === 1 ? "commit" : "commits"} ${wrote.slice(0, 5).join(", ")}${wrote.length > 5 ? ", ..." : ""} of this pull request, and approvals.allowContributors is false`
      );
      continue;
    }
    if (policy.approvals.latestCommitOnly && s.commitId !== pr.headSha) {
      ignored.push(
        `${s.user} approved an older commit (${short(s.commitId)}), not the head ${short(pr.headSha)}`
      );
      continue;
    }
    const e = eligibility(s.user, from, pr);
    if (e === "yes") counted.push(s.user);
    else if (e === "no") ignored.push(`${s.user} is not one of ${describe(from)}`);
    else unknown.push({ user: s.user, why: e.unknown });
  }
  const out = [];
  if (blockers.length > 0)
    out.push({
      ruleId: "approval/changes-requested",
      message: `${list(blockers)} requested changes. ${who} cannot merge until they approve or their review is dismissed.`
    });
  if (writers.kind === "unknown" && counted.length > 0) {
    out.push({
      ruleId: "approval/unverifiable",
      message: `${who} needs ${count} approval${count === 1 ? "" : "s"} from ${describe(from)} by reviewers who wrote none of its commits; ${list(counted)} approved, but the gate cannot tell who wrote the commits: ${writers.why}.`
    });
    return out;
  }
  if (counted.length >= count) {
    if (unknownBlockers.length > 0) out.push(unverifiable(unknownBlockers, "requested changes"));
    return out;
  }
  if (unknown.length > 0 || unknownBlockers.length > 0) {
    out.push(unverifiable([...unknown, ...unknownBlockers], "reviewed"));
    return out;
  }
  const has = counted.length === 0 ? "none" : `${counted.length} (${list(counted)})`;
  const notes = ignored.length > 0 ? ` Not counted: ${ignored.join("; ")}.` : "";
  const cannot = writers.kind === "unknown" && pr.commits ? ` Approvals cannot be counted either: ${writers.why}.` : "";
  out.push({
    ruleId: "approval/insufficient",
    message: `${who} needs ${count} approval${count === 1 ? "" : "s"} from ${describe(from)} on the head commit ${short(pr.headSha)}; it has ${has}.${notes}${cannot}`
  });
  return out;
}
function unverifiable(users, did) {
  const whys = [...new Set(users.map((u) => u.why))];
  return {
    ruleId: "approval/unverifiable",
    message: `Cannot tell whether ${list(users.map((u) => u.user))} (who ${did}) may approve: ${whys.join("; ")}.`
  };
}
function eligibility(user, from, pr) {
  const login = user.toLowerCase();
  const teams = from.teams ?? [];
  const users = from.users ?? [];
  if (teams.length === 0 && users.length === 0)
    return memberOf(login, pr.writers, "the repository's writers");
  if (users.some((u) => u.toLowerCase() === login)) return "yes";
  let unknown = null;
  for (const team of teams) {
    const m = Object.hasOwn(pr.teams, team) ? pr.teams[team] : void 0;
    const e = m ? memberOf(login, m, `team ${team}`) : { unknown: `team ${team} was not looked up` };
    if (e === "yes") return "yes";
    if (e !== "no") unknown ??= e;
  }
  return unknown ?? "no";
}
function memberOf(login, m, what) {
  if ("unreadable" in m) return { unknown: `${what}: ${m.unreadable}` };
  return m.members.some((u) => u.toLowerCase() === login) ? "yes" : "no";
}
function describe(from) {
  const teams = from.teams ?? [];
  const users = from.users ?? [];
  if (teams.length === 0 && users.length === 0) return "the repository's collaborators with write access";
  return [...teams.map((t) => `team ${t}`), ...users].join(", ");
}
function describeOwners(owners) {
  return owners.teams.length + owners.users.length === 0 ? "the repository's collaborators with write access" : `the policy owners (${describe(owners)})`;
}
function list(users) {
  return users.join(", ");
}
function short(sha) {
  return sha.slice(0, 7);
}

// src/checks/change.ts
function checkModelChange(facts) {
  const out = [];
  const spec = facts.loaded.manifest.spec;
  const headTier = tierOf(facts.loaded);
  const headEnvs = new Set(spec.environments ?? []);
  for (const b of facts.baseVersions) {
    const was = b.model.manifest.spec;
    const lost = [];
    if (TIER_ORDER.indexOf(b.tier) > TIER_ORDER.indexOf(headTier))
      lost.push(
        `the risk tier from ${b.tier} to ${facts.declaredTier ?? "an unknown tier (judged as high)"}`
      );
    const dropped = (was.environments ?? []).filter((e) => !headEnvs.has(e));
    if (dropped.length) lost.push(`the environment${dropped.length > 1 ? "s" : ""} ${dropped.join(", ")}`);
    if (was.type !== spec.type) lost.push(`the type from ${was.type} to ${spec.type}`);
    if (lost.length === 0) continue;
    out.push({
      ruleId: "change/tier-lowered",
      message: `This change lowers ${lost.join(", ")} compared with ${q(b.model.manifest.metadata.name)} in the base commit (${q(b.model.file)}). It is judged as ${facts.tier} with the union of both versions' environments and types, so it needs everything the stricter version needs, its approvals included; the lower requirements apply from the next change on.`,
      ...at(facts, "spec", "riskTier")
    });
  }
  if (facts.renamedFrom.length > 0) {
    const from = facts.renamedFrom.map((m) => `${q(m.manifest.metadata.name)} (${q(m.file)})`).join(", ");
    out.push({
      ruleId: "change/renamed",
      message: `${q(facts.name)} declares artifacts that belonged to ${from} in the base commit. It is judged against every matching base version, the strictest applies${facts.waivable ? "" : `, and no waiver written for ${q(facts.name)} covers it, since its artifacts are not those the waiver was written for`}. If this is a rename, keep the name; if models swapped files, review both.`,
      ...at(facts, "metadata", "name")
    });
  } else if (!facts.waivable) {
    out.push({
      ruleId: "change/renamed",
      message: `${q(facts.name)} shares no artifact path or digest with the model of that name in the base commit, so no waiver written for ${q(facts.name)} covers it: a waiver applies to the bytes it was written for.`,
      ...at(facts, "spec", "artifacts")
    });
  }
  return out;
}
function checkDeparture(d) {
  const name = d.model.manifest.metadata.name;
  const tier = tierOf(d.model);
  const where = { file: d.model.file, line: d.model.source.locate(["metadata", "name"]).line, model: name };
  if (d.remaining.length > 0) {
    return [
      {
        ruleId: "change/manifest-deleted",
        severity: "error",
        message: `The declaration of ${q(name)} (${tier} tier) is deleted or moved out of the declaration patterns, but its model file${d.remaining.length > 1 ? "s" : ""} ${d.remaining.map(q).join(", ")} stay${d.remaining.length > 1 ? "" : "s"} with no declaration: the weights would leave the gate. Delete the weights too if the model is retired, or keep a declaration (a moved manifest must still match the policy's manifest patterns). Either way the change needs the approvals of the ${tier} tier.`,
        ...where
      }
    ];
  }
  return [
    {
      ruleId: "change/manifest-deleted",
      message: `The declaration of ${q(name)} (${tier} tier) is deleted, and so are its in-repository model files. Retiring a model needs the approvals of its ${tier} tier.`,
      ...where
    }
  ];
}
function checkChangeSet(facts) {
  const out = facts.unowned.map((u) => unmanifested(u.path, how(u.reason)));
  if (facts.policyChanged)
    out.push({
      ruleId: "policy/changed",
      message: `This change edits the gate's policy (${facts.policyFile}). It is judged by the base commit's policy, and the new policy needs approval from the policy owners.`,
      file: facts.policyFile
    });
  for (const { model: m, others } of facts.duplicateNames) {
    const name = m.manifest.metadata.name;
    const pos = m.source.locate(["metadata", "name"]);
    out.push({
      ruleId: "manifest/duplicate-name",
      message: `The model name ${JSON.stringify(name)} is also declared in ${others.join(", ")}. Names must be unique in the repository: waivers and approvals are keyed by name.`,
      file: m.file,
      line: pos.line,
      column: pos.column,
      model: name
    });
  }
  return out;
}
function how(r) {
  switch (r.kind) {
    case "present":
      return "is in the repository";
    case "changed":
      return r.change.status === "renamed" ? `was renamed from ${r.change.previousPath}` : `is ${r.change.status}`;
    case "undeclared":
      return `was declared by ${JSON.stringify(r.model)} in the base commit (${r.file}) and stays in the repository`;
  }
}
function unmanifested(path, how2) {
  return {
    ruleId: "change/unmanifested-artifact",
    message: `The model file ${path} ${how2}, but no manifest lists it as an artifact. Add it to the model's manifest (spec.artifacts) with its digest, or remove it.`,
    file: path
  };
}

// src/checks/controls.ts
var CONTROL_TESTS = {
  encryption: (c) => c.encryption?.atRest === true && c.encryption?.inTransit === true ? null : "encryption: { atRest: true, inTransit: true }",
  inferenceLogging: (c) => c.inferenceLogging?.enabled === true && (c.inferenceLogging.retentionDays ?? 0) > 0 ? null : "inferenceLogging: { enabled: true, retentionDays: <days> }",
  monitoring: (c) => c.monitoring?.anomalyAlerts === true && c.monitoring?.driftDetection === true ? null : "monitoring: { anomalyAlerts: true, driftDetection: true }",
  inputValidation: (c) => c.inputValidation === true ? null : "inputValidation: true",
  outputSanitization: (c) => c.outputSanitization === true ? null : "outputSanitization: true",
  rateLimit: (c) => (c.rateLimit?.requestsPerMinute ?? 0) > 0 ? null : "rateLimit: { requestsPerMinute: <n> }",
  isolation: (c) => c.isolation === "container" || c.isolation === "vm" ? null : "isolation: container (or vm)"
};
function checkControls(facts) {
  const spec = facts.loaded.manifest.spec;
  const why = /* @__PURE__ */ new Map();
  const add = (c, reason) => why.set(c, [...why.get(c) ?? [], reason]);
  for (const c of facts.tierPolicy.controls ?? []) add(c, `the ${facts.tier ?? "high"} tier`);
  for (const env of facts.environments) {
    for (const c of facts.policy.environments[env]?.controls ?? []) add(c, `the ${env} environment`);
  }
  const out = [];
  const have = spec.controls ?? {};
  for (const [control, reasons] of why) {
    const test = CONTROL_TESTS[control];
    const missing = test ? test(have) : `${control}`;
    if (missing === null) continue;
    out.push({
      ruleId: "controls/missing",
      message: `The control ${control} is required by ${reasons.join(" and ")} but is not in place. Add under spec.controls: ${missing}.`,
      ...at(facts, "spec", "controls", control)
    });
  }
  return out;
}

// src/checks/evaluation.ts
function checkEvaluation(facts) {
  const need = facts.tierPolicy.evaluation;
  if (!need) return [];
  const out = [];
  const ev = facts.loaded.manifest.spec.evaluation;
  const metrics = ev?.metrics ?? {};
  for (const [metric, min] of Object.entries(need.minMetrics ?? {})) {
    const value = Object.hasOwn(metrics, metric) ? metrics[metric] : void 0;
    if (typeof value !== "number" || !Number.isFinite(value) || value < min) {
      out.push({
        ruleId: "evaluation/below-threshold",
        message: typeof value === "number" ? `The evaluation metric ${metric} is ${value}; the ${facts.tier ?? "high"} tier requires at least ${min}. Improve the model or get a waiver.` : `The evaluation reports no ${metric}; the ${facts.tier ?? "high"} tier requires at least ${min}. Add spec.evaluation.metrics.${metric}.`,
        ...at(facts, "spec", "evaluation", "metrics", metric)
      });
    }
  }
  if (need.maxAgeDays !== void 0) {
    const dated = parseIsoDate(ev?.date);
    const age = dated === null ? null : ageInDays(dated, facts.now);
    if (age === null || age > need.maxAgeDays || age < -1) {
      out.push({
        ruleId: "evaluation/expired",
        message: age === null ? "The evaluation has no valid date; add spec.evaluation.date (YYYY-MM-DD)." : age < -1 ? `The evaluation is dated ${ev?.date}, in the future.` : `The evaluation is ${age} days old; the policy allows ${need.maxAgeDays}. Evaluate the model again.`,
        ...at(facts, "spec", "evaluation", "date")
      });
    }
  }
  return out;
}

// src/checks/evidence.ts
var pct = (x) => `${(x * 100).toFixed(1).replace(/\.0$/, "")}%`;
function checkEvidence(facts) {
  const out = [];
  const need = facts.tierPolicy.adversarialTests;
  const tests = facts.loaded.manifest.spec.adversarialTests ?? [];
  const tierName = facts.tier ?? "high";
  if (tests.length === 0) {
    if (need?.required) {
      out.push({
        ruleId: "evidence/missing-adversarial",
        message: `A ${tierName}-risk model needs adversarial-test evidence (garak, promptfoo or model-gate JSON) for its current bytes. Add spec.adversarialTests.`,
        ...at(facts, "spec")
      });
    }
  }
  for (const ev of facts.evidence) {
    const t = tests[ev.index];
    if (!t) continue;
    const where = at(facts, "spec", "adversarialTests", ev.index, "report");
    const problem = fileProblem(
      ev.file,
      `${t.tool} report`,
      "evidence/report-missing",
      where,
      facts.policy.limits.maxFileBytes
    );
    if (problem) {
      out.push(problem);
      continue;
    }
    const parsed = ev.parse;
    if (parsed?.ok && parsed.summary.redTeam === false) {
      out.push({
        ruleId: "evidence/not-red-team",
        message: `The promptfoo report ${q(t.report)} is a plain eval, not a red-team run: it has no redteam configuration and no result names a red-team plugin, so its pass rate says nothing about attacks. Run promptfoo redteam (plugins such as prompt-injection, jailbreak, pii) and commit that output.`,
        ...where
      });
      continue;
    }
    if (!parsed?.ok || parsed.summary.attempts === 0) {
      const reason = parsed && !parsed.ok ? parsed.reason : "it records no attempts";
      const line = parsed && !parsed.ok && parsed.line ? ` (line ${parsed.line} of the report)` : "";
      out.push({
        ruleId: "evidence/unreadable-report",
        message: `The ${t.tool} report ${q(t.report)} cannot be used: ${reason}${line}. An unreadable report never counts as a pass; regenerate it.`,
        ...where
      });
      continue;
    }
    const s = parsed.summary;
    const claimed = t.modelDigest;
    if (facts.modelDigest !== null && (claimed !== facts.modelDigest || s.modelDigest && s.modelDigest !== facts.modelDigest)) {
      const said = s.modelDigest && s.modelDigest !== claimed ? `the report itself says ${s.modelDigest}` : `it is for ${claimed ?? "no recorded digest"}`;
      out.push({
        ruleId: "evidence/not-bound",
        message: `The ${t.tool} report ${q(t.report)} is not bound to this model: ${said}, but the model's bytes have digest ${facts.modelDigest}. Test these bytes and record their digest.`,
        ...at(facts, "spec", "adversarialTests", ev.index, "modelDigest")
      });
    }
    const dateText = olderDate(t.date, s.date) ?? s.date ?? t.date;
    const dated = parseIsoDate(dateText);
    if (need?.maxAgeDays !== void 0) {
      if (dated === null) {
        out.push({
          ruleId: "evidence/expired",
          message: `The ${t.tool} report ${q(t.report)} has no valid date; add date: YYYY-MM-DD to the test entry.`,
          ...at(facts, "spec", "adversarialTests", ev.index)
        });
      } else {
        const age = ageInDays(dated, facts.now);
        const both = s.date && t.date && s.date.slice(0, 10) !== t.date ? ` (it ran on ${s.date.slice(0, 10)}, the date inside the report; the manifest says ${t.date})` : "";
        if (age > need.maxAgeDays || age < -1) {
          out.push({
            ruleId: "evidence/expired",
            message: age < -1 ? `The ${t.tool} report ${q(t.report)} is dated ${dateText}, in the future${both}.` : `The ${t.tool} report ${q(t.report)} is ${age} days old${both}; the policy allows ${need.maxAgeDays} for ${tierName} risk. Run the adversarial tests again.`,
            ...at(facts, "spec", "adversarialTests", ev.index, "date")
          });
        }
      }
    }
    out.push(...checkThresholds(facts, t.tool, t.report, s, where));
  }
  out.push(...checkStaleness(facts));
  return out;
}
var MAX_PROBE_FINDINGS = 10;
var MAX_NAMES = 5;
function checkThresholds(facts, tool, report, s, where) {
  const out = [];
  const need = facts.tierPolicy.adversarialTests;
  const tierName = facts.tier ?? "high";
  const word = probeWord(tool);
  const limit = need?.maxAttackSuccessRate;
  const probeLimit = need?.maxAttackSuccessRatePerProbe ?? limit;
  const minAttempts = need?.minAttempts ?? DEFAULT_MIN_ATTEMPTS;
  const judged = probeLimit === void 0 ? null : judgeProbes(s.suites, probeLimit, minAttempts);
  const small = judged && judged.tooSmall.length > 0 ? ` Over the limit but not judged alone, with fewer than ${minAttempts} attempts (adversarialTests.minAttempts): ${names(judged.tooSmall, word)}; these count in the overall rate only.` : "";
  let said = false;
  const once = () => {
    if (said) return "";
    said = true;
    return small;
  };
  if (limit !== void 0 && s.attackSuccessRate > limit) {
    const worst = [...s.suites].filter((x) => x.attempts > 0).sort((a, b) => rateOf(b) - rateOf(a)).slice(0, 3).map((x) => `${shortName(x.name)} ${x.successes}/${x.attempts}`).join(", ");
    out.push({
      ruleId: "evidence/threshold-exceeded",
      message: `The ${tool} report ${q(report)} shows an attack success rate of ${pct(s.attackSuccessRate)} (${s.successes}/${s.attempts}); the ${tierName} tier allows at most ${pct(limit)}.${worst ? ` Worst: ${worst}.` : ""}${once()} Mitigate and re-test.`,
      ...where
    });
  }
  if (!judged || probeLimit === void 0) return out;
  if (s.suites.length === 0) {
    out.push({
      ruleId: "evidence/unreadable-report",
      message: `The ${tool} report ${q(report)} gives totals only, no result per ${word}, so the attack success rate per ${word} cannot be checked. Commit the tool's full output.`,
      ...where
    });
    return out;
  }
  const over = out.length > 0 ? judged.over.filter((p) => p.attempts !== s.attempts) : judged.over;
  const shown = over.slice(0, MAX_PROBE_FINDINGS);
  for (const [i, p] of shown.entries()) {
    const rest2 = over.length - shown.length;
    const more = i === shown.length - 1 && rest2 > 0 ? ` And ${rest2} more ${word}${rest2 === 1 ? " is" : "s are"} over the limit: ${names(over.slice(shown.length), word)}.` : "";
    out.push({
      ruleId: "evidence/threshold-exceeded",
      message: `The ${tool} report ${q(report)}: ${word} ${q(shortName(p.name))} has an attack success rate of ${pct(rateOf(p))} (${p.successes} of ${p.attempts} attempts); the ${tierName} tier allows at most ${pct(probeLimit)} per ${word}, whatever the overall rate (${pct(s.attackSuccessRate)} over ${s.attempts}).${more}${once()} Mitigate this ${word}'s attacks and re-test.`,
      ...where
    });
  }
  return out;
}
function names(list2, word) {
  const listed = list2.slice(0, MAX_NAMES).map((p) => `${q(shortName(p.name))} ${p.successes}/${p.attempts}`).join(", ");
  const rest2 = list2.length - MAX_NAMES;
  return `${list2.length === 1 ? word : `${word}s`} ${listed}${rest2 > 0 ? ` and ${rest2} more` : ""}`;
}
function shortName(name) {
  return name.length > 120 ? `${name.slice(0, 119)}…` : name;
}
function checkStaleness(facts) {
  const now = facts.modelDigest;
  if (!facts.hasChangeSet || now === null) return [];
  const older = facts.baseVersions.filter((b) => b.modelDigest !== null && b.modelDigest !== now);
  const first = older[0];
  if (!first) return [];
  const out = [];
  const ra = facts.loaded.manifest.spec.riskAssessment;
  const reports = [];
  if (ra?.report && facts.riskReport) {
    reports.push({
      path: facts.riskReport.path,
      declared: ra.report,
      loc: ["spec", "riskAssessment", "report"]
    });
  }
  for (const ev of facts.evidence) {
    reports.push({
      path: ev.file.path,
      declared: ev.file.declared,
      loc: ["spec", "adversarialTests", ev.index, "report"]
    });
  }
  for (const r of reports) {
    if (!r.path) continue;
    const digest = facts.reportDigests.get(r.path);
    const unchanged = !facts.changed.has(r.path);
    const copied = !unchanged && digest ? older.find((b) => b.reportDigests.has(digest)) : void 0;
    if (!unchanged && !copied) continue;
    const was = copied ?? first;
    out.push({
      ruleId: "evidence/stale-report",
      message: copied ? `The model's bytes changed (${was.modelDigest} → ${now}) but ${q(r.declared)} has the same content as a report of ${q(was.model.manifest.metadata.name)} in the base commit (${q(was.model.file)}): it is evidence about the old model. Re-run the assessment or tests on the new bytes and commit the new report.` : `The model's bytes changed (${was.modelDigest} → ${now}) but ${q(r.declared)} did not: it is evidence about the old model. Re-run the assessment or tests on the new bytes and commit the new report.`,
      ...at(facts, ...r.loc)
    });
  }
  return out;
}

// src/checks/integrity.ts
function checkIntegrity(facts) {
  const out = [];
  for (const a of facts.artifacts) {
    const where = at(
      facts,
      "spec",
      "artifacts",
      a.index,
      a.declaredDigest ? "digest" : a.file ? "path" : "uri"
    );
    if (!a.file) {
      if (!a.declaredDigest || !isDigest(a.declaredDigest)) {
        out.push({
          ruleId: "integrity/unpinned-reference",
          message: `The artifact ${q(a.key)} lives outside the repository and has no sha256 digest, so nothing binds the evidence to its bytes. Add digest: sha256:<64 hex>.`,
          ...where
        });
      }
      continue;
    }
    const problem = fileProblem(
      a.file,
      "artifact",
      "integrity/artifact-missing",
      where,
      Number.MAX_SAFE_INTEGER
    );
    if (problem) {
      out.push(problem);
      continue;
    }
    if (a.malformedPointer) {
      out.push({
        ruleId: "integrity/digest-mismatch",
        message: `The artifact ${q(a.key)} starts like a Git LFS pointer but is not a valid one, so its bytes cannot be identified. Re-add it with git lfs.`,
        ...where
      });
      continue;
    }
    if (!a.declaredDigest) {
      out.push({
        ruleId: "integrity/missing-digest",
        message: `The artifact ${q(a.key)} has no digest. Add digest: ${a.computedDigest} (run: model-gate digest ${facts.loaded.file}).`,
        ...where
      });
    } else if (a.computedDigest && a.declaredDigest !== a.computedDigest) {
      out.push({
        ruleId: "integrity/digest-mismatch",
        message: `The artifact ${q(a.key)} has digest ${a.computedDigest}${a.lfs ? " (from its Git LFS pointer)" : ""}, but the manifest declares ${a.declaredDigest}. Update the digest, and the evidence, for the new bytes.`,
        ...where
      });
    }
  }
  return out;
}

// src/checks/licenses.ts
var import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1);
function alternatives(node) {
  if ("license" in node) return [[node.exception ? `${node.license} WITH ${node.exception}` : node.license]];
  const l = alternatives(node.left);
  const r = alternatives(node.right);
  if (node.conjunction === "or") return [...l, ...r];
  const out = [];
  for (const a of l) for (const b of r) if (out.length < 256) out.push([...a, ...b]);
  return out;
}
function judgeLicense(expression, policy) {
  if (typeof expression !== "string" || expression.trim() === "") {
    return { ok: false, kind: "unknown", reason: "no license is given" };
  }
  let ast;
  try {
    ast = (0, import_spdx_expression_parse.default)(expression);
  } catch (e) {
    return {
      ok: false,
      kind: "unknown",
      reason: `${JSON.stringify(expression)} is not a valid SPDX expression (${e.message})`
    };
  }
  const alts = alternatives(ast);
  const base = (l) => l.split(" WITH ")[0] ?? l;
  const deny = new Set(policy.deny ?? []);
  const allow = policy.allow ? new Set(policy.allow) : null;
  const accepted = (l) => !deny.has(base(l)) && (allow === null || allow.has(base(l)) || allow.has(l));
  if (alts.some((alt) => alt.every(accepted))) return { ok: true };
  const bad = [...new Set(alts.flat().filter((l) => !accepted(l)))];
  return { ok: false, kind: "denied", licenses: bad };
}

// src/checks/provenance.ts
function checkProvenance(facts) {
  const out = [];
  const need = facts.tierPolicy.datasets;
  const datasets = facts.loaded.manifest.spec.datasets ?? [];
  if (datasets.length === 0 && need?.required) {
    out.push({
      ruleId: "provenance/missing-datasets",
      message: `A ${facts.tier ?? "high"}-risk model must declare its training, fine-tuning and evaluation data. Add spec.datasets.`,
      ...at(facts, "spec")
    });
  }
  const own = facts.loaded.manifest.spec.license;
  if (own !== void 0) {
    const lic = judgeLicense(own, facts.policy.licenses);
    if (!lic.ok && lic.kind === "denied") {
      out.push({
        ruleId: "provenance/license-denied",
        message: `The model is licensed ${q(own)}; the policy does not accept ${lic.licenses.join(", ")}.`,
        ...at(facts, "spec", "license")
      });
    }
  }
  for (const [i, d] of datasets.entries()) {
    const name = q(d.name);
    if (need?.vetted && !d.vetted) {
      out.push({
        ruleId: "provenance/unvetted-dataset",
        message: `The dataset ${name} has not been vetted. Have it reviewed and record vetted: { by, date }.`,
        ...at(facts, "spec", "datasets", i)
      });
    }
    if (need?.digest && (!d.digest || !isDigest(d.digest))) {
      out.push({
        ruleId: "provenance/missing-digest",
        message: `The dataset ${name} is not pinned by digest, so the data the model learned from can change unseen. Add digest: sha256:<64 hex>.`,
        ...at(facts, "spec", "datasets", i)
      });
    }
    const lic = judgeLicense(d.license, facts.policy.licenses);
    if (!lic.ok) {
      out.push(
        lic.kind === "unknown" ? {
          ruleId: "provenance/license-unknown",
          message: `The dataset ${name} has an unknown license: ${lic.reason}. Give an SPDX expression (https://spdx.org/licenses/).`,
          ...at(facts, "spec", "datasets", i, d.license === void 0 ? "name" : "license")
        } : {
          ruleId: "provenance/license-denied",
          message: `The dataset ${name} is licensed ${q(String(d.license))}; the policy does not accept ${lic.licenses.join(", ")}. Use data under an accepted license or get a waiver.`,
          ...at(facts, "spec", "datasets", i, "license")
        }
      );
    }
    if (d.personalData === true) {
      const dpia = facts.dpias.get(i);
      const where = at(facts, "spec", "datasets", i, d.dpia ? "dpia" : "personalData");
      if (!dpia) {
        out.push({
          ruleId: "provenance/personal-data-without-dpia",
          message: `The dataset ${name} holds personal data but names no data protection impact assessment. Add dpia: <path of the DPIA in the repository>.`,
          ...where
        });
      } else {
        const p = fileProblem(
          dpia,
          "DPIA",
          "provenance/personal-data-without-dpia",
          where,
          facts.policy.limits.maxFileBytes
        );
        if (p) out.push(p);
      }
    }
  }
  return out;
}

// src/checks/frameworks.ts
var range = (prefix, n) => Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, "0")}`);
var FRAMEWORK_ITEMS = {
  "owasp-llm-2025": range("LLM", 10),
  "owasp-agentic-2026": range("ASI", 10)
};
function requiredFrameworks(listed, type) {
  const out = listed.filter((f) => {
    if (f.startsWith("owasp-llm")) return type === "llm" || type === "agent";
    if (f.startsWith("owasp-agentic")) return type === "agent";
    return true;
  });
  if (type === "agent" && out.length > 0 && !out.some((f) => f.startsWith("owasp-agentic"))) {
    out.push("owasp-agentic-2026");
  }
  return out;
}

// src/checks/risk.ts
function checkRisk(facts) {
  const out = [];
  const { tier, tierPolicy } = facts;
  const spec = facts.loaded.manifest.spec;
  if (tier === "unacceptable" || tierPolicy.blocked) {
    out.push({
      ruleId: "risk/unacceptable",
      message: `The model is in the ${tier ?? "unknown"} risk tier, which the policy blocks (EU AI Act prohibited practices). It cannot be merged; remove it or re-assess the tier.`,
      ...at(facts, "spec", "riskTier")
    });
  }
  const need = tierPolicy.riskAssessment;
  const ra = spec.riskAssessment;
  if (!ra) {
    if (need && need.required !== false) {
      out.push({
        ruleId: "risk/missing-assessment",
        message: `A ${tier ?? "high"}-risk model needs a risk assessment. Add spec.riskAssessment with the report, tier, assessedBy, date and modelDigest ${facts.modelDigest ?? "(the model digest)"}.`,
        ...at(facts, "spec")
      });
    }
    return out;
  }
  if (ra.report && facts.riskReport) {
    const p = fileProblem(
      facts.riskReport,
      "risk assessment report",
      "risk/report-missing",
      at(facts, "spec", "riskAssessment", "report"),
      facts.policy.limits.maxFileBytes
    );
    if (p) out.push(p);
  } else {
    out.push({
      ruleId: "risk/report-missing",
      message: "The risk assessment names no report file. Set spec.riskAssessment.report to the assessment in the repository.",
      ...at(facts, "spec", "riskAssessment")
    });
  }
  const declared = facts.declaredTier;
  if (declared && ra.tier !== declared) {
    out.push({
      ruleId: "risk/tier-mismatch",
      message: `The risk assessment was made for tier ${q(String(ra.tier ?? "none"))} but the model is ${declared}. Re-assess the model for its tier.`,
      ...at(facts, "spec", "riskAssessment", "tier")
    });
  }
  const dated = parseIsoDate(ra.date);
  if (dated === null) {
    out.push({
      ruleId: "risk/assessment-expired",
      message: `The risk assessment has no valid date (${q(String(ra.date ?? ""))}); add the ISO date it was made (YYYY-MM-DD).`,
      ...at(facts, "spec", "riskAssessment", "date")
    });
  } else {
    const age = ageInDays(dated, facts.now);
    if (age < -1) {
      out.push({
        ruleId: "risk/assessment-expired",
        message: `The risk assessment is dated ${ra.date}, in the future. Use the date it was actually made.`,
        ...at(facts, "spec", "riskAssessment", "date")
      });
    } else if (need?.maxAgeDays !== void 0 && age > need.maxAgeDays) {
      out.push({
        ruleId: "risk/assessment-expired",
        message: `The risk assessment is ${age} days old (${ra.date}); the policy allows ${need.maxAgeDays} for ${tier ?? "high"} risk. Re-assess the model.`,
        ...at(facts, "spec", "riskAssessment", "date")
      });
    }
  }
  if (facts.modelDigest !== null && ra.modelDigest !== facts.modelDigest) {
    out.push({
      ruleId: "risk/assessment-not-bound",
      message: ra.modelDigest ? `The risk assessment is for model digest ${ra.modelDigest}, but the model's bytes have digest ${facts.modelDigest}. Assess these bytes and record their digest.` : `The risk assessment records no modelDigest. Add modelDigest: ${facts.modelDigest} for the bytes that were assessed.`,
      ...at(facts, "spec", "riskAssessment", "modelDigest")
    });
  }
  const frameworks = [...new Set(facts.types.flatMap((t) => requiredFrameworks(need?.frameworks ?? [], t)))];
  for (const fw of frameworks) {
    const review = ra.frameworks?.[fw];
    const items = FRAMEWORK_ITEMS[fw] ?? [];
    if (!review) {
      out.push({
        ruleId: "risk/framework-incomplete",
        message: `The risk assessment has no ${fw} review. Add frameworks.${fw} with a status (mitigated, accepted, not-applicable or open) for ${items.join(", ") || "each item"}.`,
        ...at(facts, "spec", "riskAssessment", "frameworks")
      });
      continue;
    }
    const missing = items.filter((i) => !Object.hasOwn(review, i));
    const open = Object.entries(review).filter(([, s]) => s === "open").map(([k]) => k);
    if (missing.length > 0 || open.length > 0) {
      const parts = [
        missing.length ? `no status for ${missing.join(", ")}` : "",
        open.length ? `still open: ${open.join(", ")}` : ""
      ].filter(Boolean);
      out.push({
        ruleId: "risk/framework-incomplete",
        message: `The ${fw} review is incomplete: ${parts.join("; ")}. Mitigate, accept or mark each item not-applicable.`,
        ...at(facts, "spec", "riskAssessment", "frameworks", fw)
      });
    }
  }
  return out;
}

// src/checks/safety.ts
function checkSafety(facts) {
  return [...facts.sniffed.flatMap(checkSniffed), ...facts.scans.flatMap(checkScan)];
}
function checkScan(s) {
  const where = whereOf(s.path, s.owner);
  const required = s.owner?.tierPolicy.scan?.required === true;
  if (s.result.kind === "lfs-pointer")
    return [
      {
        ruleId: "safety/not-scanned",
        severity: required ? "error" : "note",
        message: `The model file ${s.path} is a Git LFS pointer; its bytes are not in the checkout, so it was not scanned for unsafe content.${required ? " The policy requires a scan: check out with lfs: true." : ""}`,
        ...where
      }
    ];
  return checkScanIssues(s.result.issues, where, required);
}
var RULE_OF = {
  "unsafe-pickle": "safety/unsafe-pickle",
  "unsafe-format": "safety/unsafe-format",
  "not-scanned": "safety/not-scanned"
};
function checkScanIssues(issues, where, required = false) {
  return issues.map((issue) => ({
    ruleId: RULE_OF[issue.kind],
    severity: issue.kind === "not-scanned" && required ? "error" : issue.severity,
    message: issue.message,
    ...where
  }));
}
function checkSniffed(s) {
  if (s.strength === "model")
    return [
      unmanifested(
        s.path,
        `holds a model (${s.kind}) under a name without a model extension, and is changed`
      )
    ];
  return [
    {
      ...unmanifested(s.path, `may hold model data (${s.kind}) and is changed`),
      severity: "note",
      message: `The file ${s.path} looks like ${s.kind} data. If it is a model, declare it in a manifest's spec.artifacts; if it is not, add its path to the base policy's ignore list to silence this note.`
    }
  ];
}
function whereOf(path, owner) {
  if (!owner) return { file: path };
  const index = owner.artifacts.findIndex((a) => a.file?.path === path);
  return {
    file: owner.loaded.file,
    line: owner.loaded.source.locate(["spec", "artifacts", Math.max(index, 0), "path"]).line,
    model: owner.name
  };
}

// src/checks/signature.ts
function checkSignature(facts) {
  const need = facts.tierPolicy.signature;
  const sig = facts.signature;
  if (!sig) {
    return need?.required ? [
      {
        ruleId: "integrity/signature-missing",
        message: `The ${facts.tier ?? "high"} tier requires a model signature (OpenSSF Model Signing). Sign the model folder (model_signing sign) and set spec.signature.path to the model.sig.`,
        ...at(facts, "spec")
      }
    ] : [];
  }
  const where = at(facts, "spec", "signature", "path");
  const problem = fileProblem(
    sig.file,
    "model signature",
    "integrity/signature-missing",
    where,
    facts.policy.limits.maxFileBytes
  );
  if (problem) return [problem];
  return (sig.check?.problems ?? []).map(({ kind, ...p }) => ({
    ruleId: RULE_OF2[kind],
    ...p,
    ...kind === "unverified" && !need?.required ? { severity: "note" } : {}
  }));
}
var RULE_OF2 = {
  invalid: "integrity/signature-invalid",
  mismatch: "integrity/signature-mismatch",
  unverified: "integrity/signature-unverified",
  "signer-not-allowed": "integrity/signer-not-allowed"
};

// src/checks/waivers.ts
var MAX_WAIVER_DAYS = 90;
var DAY_MS = 864e5;
function checkWaivers(policy, now, file) {
  const today = utcDay(now);
  const active = [];
  const findings = [];
  for (const w of policy.waivers) {
    const where = {
      ...file ? { file } : {},
      ...w.line ? { line: w.line } : {},
      ...w.model ? { model: w.model } : {}
    };
    const label = `The waiver for ${w.rule || "(no rule)"} on ${w.model || "(no model)"}`;
    const problem = invalidReason(w, today);
    if (problem) {
      findings.push({
        ruleId: "waiver/invalid",
        message: `${label} is invalid: ${problem}. It waives nothing.`,
        ...where
      });
      continue;
    }
    if (parseDay(w.expires) < today) {
      findings.push({
        ruleId: "waiver/expired",
        message: `${label} expired on ${w.expires}; the findings it covered count again. Renew it (at most ${MAX_WAIVER_DAYS} days ahead) or fix them.`,
        ...where
      });
      continue;
    }
    active.push(w);
  }
  return { active, findings };
}
function invalidReason(w, today) {
  const missing = ["rule", "model", "reason", "owner", "expires"].filter((k) => !w[k]?.trim());
  if (missing.length) return `it has no ${missing.map((k) => `'${k}'`).join(", ")}`;
  if (!isRuleId(w.rule))
    return `'${w.rule}' is not a rule id (write an exact id such as evidence/threshold-exceeded)`;
  if (w.rule.startsWith("waiver/")) return "waiver findings cannot be waived";
  const expires = parseDay(w.expires);
  if (expires === void 0) return `expires '${w.expires}' is not a date written YYYY-MM-DD`;
  if (expires - today > MAX_WAIVER_DAYS * DAY_MS)
    return `it expires ${w.expires}, more than ${MAX_WAIVER_DAYS} days ahead; set an earlier date`;
  return void 0;
}
function utcDay(d) {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}
function parseDay(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return void 0;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return void 0;
  return t;
}

// src/formats/terms.ts
var BOM_TERMS = [
  [/\bspec\.riskAssessment\.report\b/g, `the component's "risk-assessment" external reference`],
  [
    /\bspec\.riskAssessment\.(tier|assessedBy|date|modelDigest)\b/g,
    "the model-gate:riskAssessment.$1 property"
  ],
  [
    /\bspec\.riskAssessment\b/g,
    'a "risk-assessment" external reference with model-gate:riskAssessment.* properties'
  ],
  [
    /\bspec\.adversarialTests\b/g,
    'a "pentest-report" external reference with model-gate:adversarialTests.* properties'
  ],
  [/\bspec\.datasets\b/g, "modelCard.modelParameters.datasets (data components)"],
  [/\bspec\.artifacts\b/g, "the component's SHA-256 hash and model-gate:path property"],
  [/\bspec\.(riskTier|type|environments|owner)\b/g, "the model-gate:$1 property"],
  [
    /\bspec\.([A-Za-z][\w.]*)/g,
    "spec.$1 in a model-gate manifest for this model (a BOM has no such field; the two are merged)"
  ]
];
function inFormatTerms(message, format) {
  if (format === "hf-model-card") return message.replace(/\bspec\.(?=[A-Za-z])/g, "model-gate.");
  if (format === "cyclonedx") {
    let out = message;
    for (const [re, to] of BOM_TERMS) out = out.replace(re, to);
    return out;
  }
  return message;
}
function findingInFormatTerms(f, format) {
  const message = inFormatTerms(f.message, format);
  return message === f.message ? f : { ...f, message };
}

// src/policy/waivers.ts
function applyWaivers(findings, active, eligible = () => true) {
  return findings.map((f) => {
    if (f.waived || f.ruleId.startsWith("waiver/") || !f.model || !eligible(f)) return f;
    const w = active.find((a) => a.rule === f.ruleId && a.model === f.model);
    return w ? { ...f, waived: toRef(w) } : f;
  });
}
function toRef(w) {
  return {
    rule: w.rule,
    model: w.model,
    reason: w.reason,
    owner: w.owner,
    ...w.ticket ? { ticket: w.ticket } : {},
    expires: w.expires
  };
}

// src/engine/base-reports.ts
function baseReports(tree, maxBytes) {
  const digests = /* @__PURE__ */ new Map();
  const digest = (declared) => {
    const norm = normaliseRepoPath(declared);
    const key = norm.ok ? norm.path : declared;
    let d = digests.get(key);
    if (!d) {
      d = statFile(tree, declared, maxBytes).then(
        async (f) => f.status === "ok" && f.path ? sha256Hex(await tree.read(f.path)) : null
      );
      d.catch(() => {
      });
      digests.set(key, d);
    }
    return d;
  };
  return {
    digest,
    together(paths) {
      for (const p of paths) void digest(p);
    }
  };
}

// src/engine/prefixes.ts
var PREFIX_BYTES = 2560;
var ReadPrefixes = class {
  /** `wanted`: the normalised head paths the scan will sniff. */
  constructor(wanted) {
    this.wanted = wanted;
  }
  wanted;
  kept = /* @__PURE__ */ new Map();
  /** Keeps the start of `bytes` (the whole head file at `path`) when the scan will sniff it. */
  note(path, bytes) {
    if (!this.wanted.has(path) || this.kept.has(path)) return;
    this.kept.set(path, { head: bytes.slice(0, PREFIX_BYTES), size: bytes.length });
  }
  /** The file's bytes as chunks, from the kept start when there is one; else from the tree. */
  chunks(tree, path) {
    const kept = this.kept.get(path);
    if (!kept) return tree.chunks(path);
    this.kept.delete(path);
    return rest(tree, path, kept.head, kept.size);
  }
};
async function* rest(tree, path, head, size) {
  yield head;
  if (head.length >= size) return;
  let skip = head.length;
  for await (const chunk of tree.chunks(path)) {
    if (skip >= chunk.length) {
      skip -= chunk.length;
      continue;
    }
    yield skip > 0 ? chunk.subarray(skip) : chunk;
    skip = 0;
  }
}

// src/engine/record.ts
function modelRecord(facts, pr) {
  const spec = facts.loaded.manifest.spec;
  const digestOf = (path) => {
    const hex = path ? facts.reportDigests.get(path) : void 0;
    return hex ? `sha256:${hex}` : null;
  };
  const evidence = [];
  const ra = spec.riskAssessment;
  if (ra?.report)
    evidence.push({
      kind: "riskAssessment",
      tool: null,
      path: ra.report,
      digest: digestOf(facts.riskReport?.path ?? null),
      date: typeof ra.date === "string" ? ra.date : null,
      reportDate: null
    });
  for (const ev of facts.evidence) {
    const t = spec.adversarialTests?.[ev.index];
    if (!t) continue;
    evidence.push({
      kind: "adversarialTest",
      tool: t.tool,
      path: t.report,
      digest: digestOf(ev.file.path),
      date: typeof t.date === "string" ? t.date : null,
      reportDate: ev.parse?.ok ? ev.parse.summary.date ?? null : null
    });
  }
  return {
    version: facts.loaded.manifest.metadata.version ?? null,
    artifacts: facts.artifacts.map((a) => ({
      name: a.key,
      digest: (a.file ? a.computedDigest : null) ?? a.declaredDigest,
      declaredDigest: a.declaredDigest
    })),
    evidence,
    approvals: pr ? approvalRecords(pr) : [],
    ...Array.isArray(spec.deployments) ? { deployments: [...spec.deployments] } : {},
    files: [
      ...new Set(
        [
          facts.loaded.file,
          ...facts.artifacts.map((a) => a.file?.path),
          facts.riskReport?.path,
          ...facts.evidence.map((e) => e.file.path),
          ...[...facts.dpias.values()].map((d) => d.path),
          facts.signature?.file.path
        ].filter((p) => typeof p === "string" && p !== "")
      )
    ]
  };
}
function approvalRecords(pr) {
  const out = [];
  for (const s of latestStandings(pr.reviews).values()) {
    if (s.state !== "APPROVED") continue;
    const at2 = [...pr.reviews].reverse().find((r) => r.user === s.user && r.state === "APPROVED" && r.commitId === s.commitId)?.submittedAt;
    out.push({ login: s.user, commit: s.commitId, at: at2 ?? "", pullRequest: pr.number });
  }
  return out.sort((a, b) => a.login < b.login ? -1 : a.login > b.login ? 1 : 0);
}

// src/engine/scan.ts
var scanner = () => import("./chunk-BNKJHWUA.js");
async function scanChangedModelFiles(input, found, facts, prefixes) {
  const scans = [];
  const sniffed = [];
  const factsByFile = new Map(facts.map((f) => [f.loaded.file, f]));
  const todo = /* @__PURE__ */ new Map();
  for (const { path, owners } of found.changedArtifacts) {
    todo.set(
      path,
      owners.map((o) => factsByFile.get(o.file)).find((f) => f !== void 0)
    );
  }
  for (const f of facts) {
    for (const a of f.artifacts)
      if (a.file?.status === "ok" && a.file.path && !todo.has(a.file.path)) todo.set(a.file.path, f);
  }
  for (const [path, owner] of todo) scans.push(...await scanOne(input, path, owner));
  for (const path of found.otherChanged) {
    const fact = await statFile(input.head, path, Number.MAX_SAFE_INTEGER);
    if (fact.status !== "ok" || !fact.path) continue;
    const p = fact.path;
    const sniff = await (await scanner()).sniffModelContent(
      () => prefixes ? prefixes.chunks(input.head, p) : input.head.chunks(p),
      fact.size ?? 0
    );
    if (!sniff) continue;
    sniffed.push({ path, kind: sniff.kind, strength: sniff.strength });
    if (sniff.strength === "model") scans.push(...await scanOne(input, path, void 0));
  }
  return { scans, sniffed };
}
async function scanOne(input, path, owner) {
  const fact = await statFile(input.head, path, Number.MAX_SAFE_INTEGER);
  if (fact.status !== "ok" || !fact.path) return [];
  const size = fact.size ?? 0;
  if (size <= 1024 && parseLfsPointer(await input.head.read(fact.path)))
    return [{ path, owner, result: { kind: "lfs-pointer" } }];
  const file = fact.path;
  const issues = await (await scanner()).scanModelFile(file, () => input.head.chunks(file), size, {
    allowGlobals: input.policy.policy.scan?.allowGlobals ?? []
  });
  return [{ path, owner, result: { kind: "scanned", issues } }];
}

// src/engine/evaluate.ts
var CHECKS = [
  checkModelChange,
  checkIntegrity,
  checkSignature,
  checkRisk,
  checkEvidence,
  checkProvenance,
  checkControls,
  checkEvaluation,
  checkAgent,
  checkVettingAge
];
var CONCURRENCY = 64;
async function evaluate(input) {
  let parser;
  try {
    return await evaluateWith(input, (manifests) => {
      parser = input.openParser ? input.openParser(manifests) : inThreadParser;
      return parser;
    });
  } finally {
    await parser?.close();
  }
}
async function evaluateWith(input, open) {
  const { policy } = input.policy;
  const raw = [];
  const waivers = checkWaivers(policy, input.now, input.policy.file);
  raw.push(...waivers.findings);
  const found = await discover(input, open);
  raw.push(...found.findings, ...checkChangeSet(found));
  const matches = new Map(
    found.targets.map((t) => [
      t,
      found.baseIndex ? matchBase(t.model, found.baseIndex, found.headIndex) : null
    ])
  );
  const reports = input.base ? baseReports(input.base, policy.limits.maxFileBytes) : null;
  reports?.together(
    [...matches].flatMap(([t, m]) => {
      const now = declaredModelDigest(t.model);
      return (m?.versions ?? []).filter((v) => declaredModelDigest(v) !== now).flatMap(reportPaths);
    })
  );
  const prefixes = new ReadPrefixes(new Set(found.otherChanged));
  const results = await mapPool(found.targets, CONCURRENCY, async (target) => {
    const facts = await collectFacts({
      loaded: target.model,
      match: matches.get(target) ?? null,
      baseReports: reports,
      head: input.head,
      policy,
      changed: found.changedPaths,
      hasChangeSet: input.changes !== "all" && input.base !== null,
      now: input.now,
      headFiles: found.headFiles,
      parser: found.parser,
      prefixes
    });
    const format = target.model.format;
    return {
      facts,
      findings: CHECKS.flatMap((check) => check(facts)).map((f) => findingInFormatTerms(f, format))
    };
  });
  for (const r of results) raw.push(...r.findings);
  raw.push(...found.departures.flatMap(checkDeparture));
  let expiry;
  if (input.expiringWithin !== void 0) {
    expiry = [
      ...results.flatMap(({ facts }) => expiryItems(facts)),
      ...waiverExpiryItems(policy, input.now, input.policy.file)
    ];
    raw.push(...checkExpiring(expiry, input.expiringWithin));
  }
  raw.push(
    ...checkSafety(
      await scanChangedModelFiles(
        input,
        found,
        results.map((r) => r.facts),
        prefixes
      )
    )
  );
  raw.push(
    ...checkApprovals({
      // A declaration that left the gate needs the approvals of its base tier.
      models: [
        ...results.map(({ facts }) => ({
          name: facts.name,
          file: facts.loaded.file,
          tier: facts.tier,
          line: facts.loaded.source.locate(["metadata", "name"]).line
        })),
        ...found.departures.map(({ model }) => ({
          name: model.manifest.metadata.name,
          file: model.file,
          tier: tierOf(model),
          line: model.source.locate(["metadata", "name"]).line
        }))
      ],
      policy,
      pr: input.pullRequest,
      policyChanged: found.policyChanged,
      policyFile: found.policyFile
    })
  );
  const unwaivable = new Set(results.filter(({ facts }) => !facts.waivable).map(({ facts }) => facts.name));
  const findings = sortFindings(
    applyWaivers(raw.map(toFinding), waivers.active, (f) => !unwaivable.has(f.model ?? ""))
  );
  const failing = new Set(findings.filter(blocking).map((f) => `${f.file}\0${f.model ?? ""}`));
  return {
    schemaVersion: 1,
    verdict: decide(findings),
    mode: input.mode,
    base: input.baseLabel,
    head: input.headLabel,
    policy: { source: input.policy.source, digest: input.policy.digest },
    models: [
      ...results.map(
        ({ facts }) => modelResult(facts, failing.has(`${facts.loaded.file}\0${facts.name}`), input.pullRequest)
      ),
      ...found.unreadable.map((file) => unreadableModel(file, findings))
    ],
    findings,
    evaluatedAt: input.now.toISOString(),
    waivers: waivers.active.map(({ line: _line, ...w }) => w),
    ...expiry ? { expiry } : {}
  };
}
function reportPaths(m) {
  const spec = m.manifest.spec;
  return [spec.riskAssessment?.report, ...(spec.adversarialTests ?? []).map((t) => t.report)].flatMap((p) => {
    const n = p ? normaliseRepoPath(p) : null;
    return n?.ok ? [n.path] : [];
  });
}
function modelResult(facts, failing, pr) {
  return {
    manifest: facts.loaded.file,
    name: facts.name,
    riskTier: facts.declaredTier,
    modelDigest: facts.modelDigest,
    verdict: failing ? "fail" : "pass",
    record: modelRecord(facts, pr?.unverifiable === void 0 ? pr : null)
  };
}
function unreadableModel(file, findings) {
  return {
    manifest: file,
    name: file.split("/").pop() ?? file,
    riskTier: null,
    modelDigest: null,
    verdict: findings.some((f) => f.file === file && blocking(f)) ? "fail" : "pass"
  };
}

// src/engine/run-gate.ts
async function runGate(run) {
  const open = [];
  let policy;
  const labels = { baseLabel: run.baseLabel, headLabel: run.headLabel };
  try {
    const gathered = await run.gather(
      (t) => {
        open.push(t);
        return t;
      },
      (p) => {
        policy = p;
      }
    );
    policy = gathered.policy;
    const result = await evaluate({
      ...gathered,
      now: run.now,
      mode: run.mode,
      openParser: run.openParser,
      ...labels
    });
    await run.after?.(gathered);
    return result;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    run.onUserError?.(e);
    return errorResult({
      message: e.describe(),
      mode: run.mode,
      ...labels,
      ...policy ? { policy: { source: policy.source, digest: policy.digest } } : {}
    });
  } finally {
    for (const t of open) await Promise.resolve(t.close()).catch(() => {
    });
  }
}
function parserFromWorkers(workers) {
  return (manifests) => openParser(manifests, workers);
}

export {
  q,
  checkApprovals,
  EXPIRED_RULES,
  checkScanIssues,
  checkWaivers,
  applyWaivers,
  approvalRecords,
  evaluate,
  runGate,
  parserFromWorkers
};
