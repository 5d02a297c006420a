import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  MAX_FORMAT_BYTES,
  NAME_PATTERN,
  asText,
  decodeText,
  isRecord,
  mappedSource,
  own,
  quote,
  sanitiseName,
  str
} from "./chunk-4WZRBO62.js";
import {
  dirOf
} from "./chunk-CHNDTHGK.js";
import {
  parseDocument2 as parseDocument
} from "./chunk-PVXUEQET.js";
import {
  closest,
  validateManifest
} from "./chunk-N7ZQX2BM.js";

// node_modules/spdx-license-ids/index.json with { type: 'json' }
var spdx_license_ids_default = [
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

// src/formats/hf-licenses.ts
var EXPLICIT = {
  "agpl-3.0": "AGPL-3.0-only",
  "gpl-2.0": "GPL-2.0-only",
  "gpl-3.0": "GPL-3.0-only",
  "lgpl-2.1": "LGPL-2.1-only",
  "lgpl-3.0": "LGPL-3.0-only",
  "gfdl-1.3": "GFDL-1.3-only",
  "odc-by": "ODC-By-1.0",
  odbl: "ODbL-1.0",
  pddl: "PDDL-1.0",
  "c-uda": "C-UDA-1.0",
  "openmdw-1.0": "OpenMDW-1.0"
};
var AMBIGUOUS = /* @__PURE__ */ new Set(["bsd", "gpl", "lgpl", "gfdl", "cc", "unknown", ""]);
var lowerToSpdx;
function spdxByLowerCase() {
  lowerToSpdx ??= new Map(spdx_license_ids_default.map((id) => [id.toLowerCase(), id]));
  return lowerToSpdx;
}
function mapHubLicense(license, licenseName) {
  const id = license.trim().toLowerCase();
  if (id === "other") {
    const name = licenseName?.trim();
    return name ? { kind: "ref", ref: licenseRef(name) } : { kind: "unknown" };
  }
  if (AMBIGUOUS.has(id)) return { kind: "unknown" };
  const explicit = EXPLICIT[id];
  if (explicit !== void 0 && Object.hasOwn(EXPLICIT, id)) return { kind: "spdx", spdx: explicit };
  const spdx = spdxByLowerCase().get(id);
  if (spdx) return { kind: "spdx", spdx };
  return { kind: "ref", ref: licenseRef(id) };
}
function licenseRef(hubId) {
  const idstring = hubId.toLowerCase().replace(/\+/g, "-plus").replace(/[^a-z0-9.-]+/g, "-").replace(/^-+|-+$/g, "");
  return `LicenseRef-hf-${idstring || "unnamed"}`;
}

// src/formats/model-card.ts
var CARD_KEYS = /* @__PURE__ */ new Set([
  "model-gate",
  "license",
  "license_name",
  "license_link",
  "library_name",
  "pipeline_tag",
  "base_model",
  "base_model_relation",
  "model-index",
  "model_name",
  "datasets",
  "metrics",
  "co2_eq_emissions",
  "inference",
  "widget",
  "new_version",
  "extra_gated_prompt",
  "extra_gated_fields"
]);
var BLOCK_METADATA = ["name", "version", "owner"];
var BLOCK_SPEC = [
  "type",
  "riskTier",
  "environments",
  "artifacts",
  "riskAssessment",
  "adversarialTests",
  "datasets",
  "controls",
  "evaluation",
  "agent",
  "signature"
];
function loadModelCard(file, bytes, opts = {}) {
  if (bytes.byteLength <= MAX_FORMAT_BYTES && opts.besideModel === false) {
    const fm2 = extractFrontMatter(decodeText(bytes));
    if (fm2.kind === "none") return { ok: false, problems: [], notACard: "it has no YAML front matter" };
    if (fm2.kind === "ok") {
      const parsed2 = parseDocument("\n".repeat(fm2.startLine - 1) + fm2.yaml, file);
      if (parsed2.ok && !(isRecord(parsed2.value) && Object.keys(parsed2.value).some((k) => CARD_KEYS.has(k))))
        return {
          ok: false,
          problems: [],
          notACard: "its front matter has no model card keys (license, datasets, base_model, model-index, ...) and no model-gate: block"
        };
    }
  }
  const schema = (message, line = 1, column = 1) => ({
    kind: "schema",
    message,
    file,
    line,
    column
  });
  if (bytes.byteLength > MAX_FORMAT_BYTES)
    return {
      ok: false,
      problems: [{ kind: "too-large", message: `the model card is over ${MAX_FORMAT_BYTES} bytes`, file }]
    };
  const fm = extractFrontMatter(decodeText(bytes));
  if (fm.kind === "none")
    return {
      ok: false,
      problems: [
        schema(
          "the model card has no YAML front matter; add metadata between '---' lines at the top (license, datasets, and a model-gate: block with riskTier and artifacts)"
        )
      ]
    };
  if (fm.kind === "unterminated")
    return {
      ok: false,
      problems: [
        {
          kind: "parse-error",
          message: "the front matter opened with '---' is never closed by a '---' line",
          file,
          line: 1
        }
      ]
    };
  const parsed = parseDocument("\n".repeat(fm.startLine - 1) + fm.yaml, file);
  if (!parsed.ok)
    return {
      ok: false,
      problems: [
        {
          kind: "parse-error",
          message: `the model card's front matter is not valid YAML: ${parsed.message}`,
          file,
          line: parsed.line,
          column: parsed.column
        }
      ]
    };
  const card = parsed.value;
  if (!isRecord(card))
    return {
      ok: false,
      problems: [schema("the model card's front matter must be a mapping of metadata keys", fm.startLine)]
    };
  return new CardReader(file, card, parsed.source, opts).read();
}
function extractFrontMatter(text) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  if (!/^---[ \t]*$/.test(lines[0] ?? "")) return { kind: "none" };
  for (let i = 1; i < lines.length; i++) {
    if (/^---[ \t]*$/.test(lines[i]))
      return { kind: "ok", yaml: lines.slice(1, i).join("\n"), startLine: 2 };
  }
  return { kind: "unterminated" };
}
var CardReader = class {
  constructor(file, card, source, opts) {
    this.file = file;
    this.card = card;
    this.source = source;
    this.opts = opts;
  }
  file;
  card;
  source;
  opts;
  problems = [];
  /** internal-model path prefix -> card path prefix, for the SourceMap of the result. */
  origins = [];
  /** The block is written as model-gate: { metadata: {...}, spec: {...} }. */
  nested = false;
  read() {
    const block = this.block();
    const name = this.name(block);
    const spec = { type: this.type(block), artifacts: [] };
    for (const key of BLOCK_SPEC) {
      if (key === "type" || key === "datasets" || key === "evaluation") continue;
      if (Object.hasOwn(block, key)) spec[key] = block[key];
    }
    if (!Object.hasOwn(block, "riskTier"))
      this.push(
        "schema",
        "the card has no model-gate.riskTier; add a model-gate: block with riskTier (minimal, limited, high or unacceptable)",
        []
      );
    if (!Object.hasOwn(block, "artifacts"))
      this.push(
        "schema",
        "the card's model-gate: block lists no artifacts; add model-gate.artifacts with the model files (path and sha256 digest) the evidence is bound to",
        Object.keys(block).length > 0 ? this.nested ? ["model-gate", "spec"] : ["model-gate"] : []
      );
    const license = this.license();
    if (license !== void 0) spec.license = license;
    const baseModels = this.baseModels();
    if (baseModels.length > 0) spec.baseModels = baseModels;
    const datasets = this.datasets(block);
    if (datasets.length > 0) spec.datasets = datasets;
    const evaluation = this.evaluation(block);
    if (evaluation) spec.evaluation = evaluation;
    const metadata = { name };
    for (const key of ["version", "owner"]) {
      if (Object.hasOwn(block, key)) metadata[key] = block[key];
    }
    const manifest = { apiVersion: "model-gate/v1", kind: "ModelManifest", metadata, spec };
    const loaded = {
      file: this.file,
      format: "hf-model-card",
      manifest,
      source: mappedSource(this.source, (p) => this.translate(p))
    };
    const { license: _l, baseModels: _b, ...coreSpec } = spec;
    const invalid = validateManifest({ ...manifest, spec: coreSpec }, loaded.source, this.file, [
      "spec.riskTier",
      "spec.artifacts"
    ]).map((f) => ({
      ...f,
      message: this.nested ? f.message.replace(/^(spec|metadata)(?=[.[])/, "model-gate.$1") : f.message.replace(/^(spec|metadata)(?=[.[])/, "model-gate")
    }));
    this.problems.push(...invalid);
    for (const f of this.problems) f.model ??= name;
    if (invalid.length > 0) return { ok: false, problems: this.problems };
    return { ok: true, loaded, problems: this.problems };
  }
  push(kind, message, at, severity) {
    const { line, column } = this.source.locate(at);
    const f = { kind, message, file: this.file, line, column };
    if (severity) f.severity = severity;
    this.problems.push(f);
  }
  block() {
    const raw = own(this.card, "model-gate");
    if (raw === void 0 || raw === null) return {};
    if (!isRecord(raw)) {
      this.push("schema", "model-gate must be a mapping of manifest fields (riskTier, artifacts, ...)", [
        "model-gate"
      ]);
      return {};
    }
    const metadata = own(raw, "metadata");
    const spec = own(raw, "spec");
    if (metadata !== void 0 || spec !== void 0) {
      this.nested = true;
      const block = {};
      for (const key of Object.keys(raw)) {
        if (key === "metadata" || key === "spec") continue;
        this.push(
          "schema",
          `model-gate.${key} is beside model-gate.metadata/spec; in this shape put it under model-gate.spec (or write the flat block: model-gate: { riskTier, artifacts, ... })`,
          ["model-gate", key]
        );
      }
      for (const [part, value, fields] of [
        ["metadata", metadata, BLOCK_METADATA],
        ["spec", spec, BLOCK_SPEC]
      ]) {
        if (value === void 0) continue;
        if (!isRecord(value)) {
          this.push("schema", `model-gate.${part} must be a mapping`, ["model-gate", part]);
          continue;
        }
        this.unknownKeys(value, fields, `model-gate.${part}`, ["model-gate", part]);
        Object.assign(block, value);
      }
      return block;
    }
    this.unknownKeys(raw, [...BLOCK_METADATA, ...BLOCK_SPEC], "model-gate", ["model-gate"]);
    return raw;
  }
  unknownKeys(raw, fields, label, at) {
    for (const key of Object.keys(raw)) {
      if (fields.includes(key)) continue;
      const near = closest(key, [...BLOCK_METADATA, ...BLOCK_SPEC]);
      const where = near && !fields.includes(near) ? ` (${near} belongs under model-gate.${BLOCK_METADATA.includes(near) ? "metadata" : "spec"})` : near ? ` (did you mean ${near}?)` : "";
      this.push(
        "schema",
        `${label}.${key} is not a field model-gate reads${where}; the fields are ${fields.join(", ")}`,
        [...at, key]
      );
    }
  }
  name(block) {
    const given = own(block, "name");
    if (given !== void 0) {
      this.origins.push([["metadata", "name"], this.at("name")]);
      if (typeof given === "string" && NAME_PATTERN.test(given)) return given;
      this.push(
        "schema",
        `${this.label("name")} ${quote(given)} must match ^[a-z0-9][a-z0-9._-]{0,62}$ (lower case letters, digits, '.', '_', '-')`,
        this.at("name")
      );
      return sanitiseName(asText(given));
    }
    const folder = dirOf(this.file).split("/").pop() ?? "";
    if (folder) return sanitiseName(folder);
    const indexName = own(firstOf(own(this.card, "model-index")), "name");
    return sanitiseName(typeof indexName === "string" ? indexName : "model");
  }
  type(block) {
    if (Object.hasOwn(block, "type")) {
      this.origins.push([["spec", "type"], this.at("type")]);
      return block.type;
    }
    const pipeline = str(own(this.card, "pipeline_tag"));
    const library = str(own(this.card, "library_name"));
    const tags = own(this.card, "tags");
    const tagList = Array.isArray(tags) ? tags.filter((t) => typeof t === "string") : [];
    this.origins.push([["spec", "type"], pipeline ? ["pipeline_tag"] : library ? ["library_name"] : []]);
    return guessType(pipeline, library, tagList);
  }
  license() {
    const raw = own(this.card, "license");
    const allow = new Set((this.opts.allowLicenses ?? []).map((s) => s.toLowerCase()));
    this.origins.push([["spec", "license"], ["license"]]);
    if (raw === void 0 || raw === null) {
      this.push(
        "license-unknown",
        "the model card declares no license; add `license:` (a Hub license id such as apache-2.0)",
        []
      );
      return void 0;
    }
    const ids = Array.isArray(raw) ? raw : [raw];
    const out = [];
    for (const [i, id] of ids.entries()) {
      const at = Array.isArray(raw) ? ["license", i] : ["license"];
      if (typeof id !== "string" || id.trim() === "") {
        this.push("license-unknown", `license ${quote(id)} is not a license id`, at);
        continue;
      }
      const mapped = mapHubLicense(id, str(own(this.card, "license_name")));
      if (mapped.kind === "spdx") out.push(mapped.spdx);
      else if (mapped.kind === "ref") {
        out.push(mapped.ref);
        if (!allow.has(id.toLowerCase()) && !allow.has(mapped.ref.toLowerCase()))
          this.push(
            "license-unknown",
            `the model license ${quote(id)} has no SPDX identifier; review its terms and allow it in the policy (licenses.allow: [${mapped.ref}]) if it is acceptable`,
            at
          );
      } else
        this.push(
          "license-unknown",
          `the model license ${quote(id)} does not identify one license; use a specific Hub license id, or license: other with license_name`,
          at
        );
    }
    if (out.length === 0) return void 0;
    return out.length === 1 ? out[0] : out.map((s) => s.includes(" ") ? `(${s})` : s).join(" AND ");
  }
  baseModels() {
    const raw = own(this.card, "base_model");
    if (raw === void 0 || raw === null) return [];
    const list = Array.isArray(raw) ? raw : [raw];
    const out = [];
    list.forEach((v, i) => {
      if (typeof v === "string" && v.length > 0) out.push(v);
      else
        this.push(
          "schema",
          `base_model ${quote(v)} must be a Hub model id`,
          Array.isArray(raw) ? ["base_model", i] : ["base_model"],
          "warning"
        );
    });
    return out;
  }
  datasets(block) {
    const out = [];
    const raw = own(this.card, "datasets");
    if (raw !== void 0 && raw !== null) {
      const list = Array.isArray(raw) ? raw : [raw];
      list.forEach((id, i) => {
        const at = Array.isArray(raw) ? ["datasets", i] : ["datasets"];
        if (typeof id !== "string" || id.length === 0) {
          this.push("schema", `datasets entry ${quote(id)} must be a Hub dataset id`, at);
          return;
        }
        this.origins.push([["spec", "datasets", out.length], at]);
        out.push({ name: id, source: `hf://datasets/${id}` });
      });
    }
    const extra = own(block, "datasets");
    if (extra === void 0) return out;
    if (!Array.isArray(extra)) {
      this.origins.push([["spec", "datasets"], this.at("datasets")]);
      this.push("schema", `${this.label("datasets")} must be a list of datasets`, this.at("datasets"));
      return out;
    }
    extra.forEach((entry, j) => {
      const at = [...this.at("datasets"), j];
      const name = own(entry, "name");
      const idx = out.findIndex((d) => d.name === name);
      if (idx >= 0 && isRecord(entry)) {
        out[idx] = { ...out[idx], ...entry };
        this.origins.push([["spec", "datasets", idx], at]);
      } else {
        this.origins.push([["spec", "datasets", out.length], at]);
        out.push(entry);
      }
    });
    return out;
  }
  evaluation(block) {
    const metrics = this.modelIndexMetrics();
    const given = own(block, "evaluation");
    if (given !== void 0) {
      if (!isRecord(given)) {
        this.origins.push([["spec", "evaluation"], this.at("evaluation")]);
        this.push(
          "schema",
          `${this.label("evaluation")} must be a mapping (date, metrics)`,
          this.at("evaluation")
        );
      } else {
        this.origins.push([["spec", "evaluation"], this.at("evaluation")]);
        const own_ = own(given, "metrics");
        const merged = { ...metrics, ...isRecord(own_) ? own_ : {} };
        const out = { ...given };
        if (Object.keys(merged).length > 0) out.metrics = merged;
        return out;
      }
    }
    return Object.keys(metrics).length > 0 ? { metrics } : void 0;
  }
  /** model-index results -> metric type -> value. Invalid results are findings and are left out, as the Hub does. */
  modelIndexMetrics() {
    const metrics = /* @__PURE__ */ Object.create(null);
    const index = own(this.card, "model-index");
    if (index === void 0 || index === null) return metrics;
    if (!Array.isArray(index)) {
      this.push(
        "schema",
        "model-index must be a list of { name, results }; it is left out of the evaluation",
        ["model-index"]
      );
      return metrics;
    }
    index.forEach((entry, e) => {
      const results = own(entry, "results");
      if (!isRecord(entry) || typeof entry.name !== "string" || !Array.isArray(results)) {
        this.push(
          "schema",
          "a model-index entry needs a name and a results list; it is left out of the evaluation",
          ["model-index", e]
        );
        return;
      }
      results.forEach((result, r) => {
        const at = ["model-index", e, "results", r];
        const problem = invalidResult(result);
        if (problem) {
          this.push("schema", `invalid model-index result: ${problem}; it is left out of the evaluation`, at);
          return;
        }
        own(result, "metrics").forEach((m, k) => {
          const type = own(m, "type");
          const value = toNumber(own(m, "value"));
          if (value === void 0) {
            this.push(
              "schema",
              `model-index metric ${quote(type)} has a value that is not a number; it is left out of the evaluation`,
              [...at, "metrics", k, "value"],
              "warning"
            );
            return;
          }
          const datasetType = own(own(result, "dataset"), "type");
          const key = Object.hasOwn(metrics, type) ? `${type}/${datasetType}` : type;
          if (Object.hasOwn(metrics, key)) return;
          metrics[key] = value;
          this.origins.push([
            ["spec", "evaluation", "metrics", key],
            [...at, "metrics", k, "value"]
          ]);
        });
      });
    });
    return { ...metrics };
  }
  /** Internal-model path -> card path: the longest recorded prefix, else the model-gate block. */
  translate(path) {
    let best;
    for (const o of this.origins) {
      if (o[0].length <= path.length && o[0].every((s, i) => s === path[i]) && (!best || o[0].length > best[0].length))
        best = o;
    }
    if (best) return [...best[1], ...path.slice(best[0].length)];
    if ((path[0] === "spec" || path[0] === "metadata") && path.length > 1)
      return this.nested ? ["model-gate", ...path] : ["model-gate", ...path.slice(1)];
    return [];
  }
  /** Where a block field is in the card: `model-gate.<key>`, or `model-gate.spec.<key>` in the nested shape. */
  at(key) {
    if (!this.nested) return ["model-gate", key];
    return ["model-gate", BLOCK_METADATA.includes(key) ? "metadata" : "spec", key];
  }
  label(key) {
    return this.at(key).join(".");
  }
};
function firstOf(v) {
  return Array.isArray(v) ? v[0] : void 0;
}
function toNumber(v) {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && /^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(v)) return Number(v);
  return void 0;
}
function invalidResult(result) {
  if (!isRecord(result)) return "a result must be a mapping with task, dataset and metrics";
  const task = own(result, "task");
  if (!isRecord(task) || typeof task.type !== "string") return "task.type is required";
  const dataset = own(result, "dataset");
  if (!isRecord(dataset)) return "dataset (type and name) is required";
  if (typeof dataset.type !== "string" || typeof dataset.name !== "string")
    return "dataset.type and dataset.name are required";
  const metrics = own(result, "metrics");
  if (!Array.isArray(metrics) || metrics.length === 0) return "metrics must be a non-empty list";
  for (const m of metrics)
    if (!isRecord(m) || typeof m.type !== "string" || !Object.hasOwn(m, "value"))
      return "each metric needs type and value";
  return void 0;
}
var PIPELINE_TYPES = {
  "text-generation": "llm",
  "text2text-generation": "llm",
  conversational: "llm",
  "image-text-to-text": "llm",
  "visual-question-answering": "llm",
  summarization: "llm",
  translation: "llm",
  "question-answering": "llm",
  "fill-mask": "other",
  "text-classification": "classifier",
  "token-classification": "classifier",
  "zero-shot-classification": "classifier",
  "image-classification": "classifier",
  "zero-shot-image-classification": "classifier",
  "audio-classification": "classifier",
  "video-classification": "classifier",
  "tabular-classification": "classifier",
  "object-detection": "classifier",
  "tabular-regression": "regression",
  "time-series-forecasting": "regression",
  "feature-extraction": "embedding",
  "sentence-similarity": "embedding"
};
var LIBRARY_TYPES = {
  "sentence-transformers": "embedding",
  peft: "llm",
  gguf: "llm",
  "mlx-lm": "llm",
  vllm: "llm"
};
function guessType(pipeline, library, tags) {
  const lookup = (table, key) => key !== void 0 && Object.hasOwn(table, key) ? table[key] : void 0;
  const byPipeline = lookup(PIPELINE_TYPES, pipeline);
  if (byPipeline) return byPipeline;
  for (const tag of tags) {
    const byTag = lookup(PIPELINE_TYPES, tag);
    if (byTag) return byTag;
  }
  return lookup(LIBRARY_TYPES, library) ?? "other";
}

export {
  loadModelCard,
  extractFrontMatter,
  guessType
};
