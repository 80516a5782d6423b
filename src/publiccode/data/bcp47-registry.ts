/**
 * Subtags of the IANA Language Subtag Registry that strict BCP 47 checking needs beyond the
 * ISO 639 / 3166 / 15924 lists: UN M.49 region codes, extended language subtags and variants,
 * each with the prefixes the registry allows.
 *
 * Source: IANA Language Subtag Registry
 * (https://www.iana.org/assignments/language-subtag-registry), 2025 edition.
 */

/** UN M.49 numeric region codes present in the registry (e.g. `es-419`). */
export const M49_REGIONS: ReadonlySet<string> = new Set(
  `001 002 003 005 009 011 013 014 015 017 018 019 021 029 030 034 035 039 053 054 057 061 142 143
   145 150 151 154 155 202 419`.split(/\s+/),
);

const EXTLANGS_BY_PREFIX: Readonly<Record<string, string>> = {
  ar: `aao abh abv acm acq acw acx acy adf aeb aec afb ajp apc apd arb arq ars ary arz auz avl ayh
       ayl ayn ayp bbz pga shu ssh`,
  sgn: `ads aed aen afg ajs ase asf asp asq asw bfi bfk bog bqn bqy bvl bzs cds csc csd cse csf csg
        csl csn csq csr doq dse dsl ecs esl esn eso eth fcs fse fsl fss gds ggg gsg gss gus hab haf
        hds hks hos hps hsh hsl icl iks ils inl ins ise isg isr jcs jhs jls jos jsl jus kgi kvk lbs
        lls lsg lsl lso lsp lst lsy lws mdl mfs mre msd msr mzc mzg mzy nbs ncs nsi nsl nsp nsr nzs
        okl pgz pks prl prz psc psd psg psl pso psp psr pys rms rsi rsl rsm sdl sfb sfs sgg sgx slf
        sls sqs sqx ssp ssr svk swl syy szs tse tsm tsq tss tsy ugn ugy ukl uks vgt vsi vsl vsv wbs
        xki xml xms yds ygs yhs ysl yss zib zsl`,
  zh: 'cdo cjy cmn cnp cpx csp czh czo gan hak hsn lzh mnp nan wuu yue',
  ms: `bjn btj bve bvu coa dup gsm hji jak jax knn kvb kvr kxd lce lcf liw max meo mfa mfb min mqg
       msi mui orn ors pel pse tmw tza urk vkk vkt xmm zlm zmi zsm`,
  sw: 'swc swh',
  uz: 'uzn uzs',
  lv: 'ltg lvs',
};

/** Extended language subtag → the primary language it must follow. */
export const EXTLANG_PREFIX: ReadonlyMap<string, string> = new Map(
  Object.entries(EXTLANGS_BY_PREFIX).flatMap(([prefix, list]) =>
    list.split(/\s+/).map((extlang): [string, string] => [extlang, prefix]),
  ),
);

/** Variant subtag → the tag prefixes it may follow (empty: any language). */
export const VARIANT_PREFIXES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['1606nict', ['frm']],
  ['1694acad', ['fr']],
  ['1901', ['de']],
  ['1959acad', ['be']],
  ['1994', ['sl-rozaj', 'sl-rozaj-biske', 'sl-rozaj-njiva', 'sl-rozaj-osojs', 'sl-rozaj-solba']],
  ['1996', ['de']],
  ['abl1943', ['pt-BR']],
  ['akhmimic', ['cop']],
  ['akuapem', ['tw']],
  ['alalc97', []],
  ['aluku', ['djk']],
  ['anpezo', ['lld']],
  ['ao1990', ['pt', 'gl']],
  ['aranes', ['oc']],
  ['arevela', ['hy']],
  ['arevmda', ['hy']],
  ['arkaika', ['eo']],
  ['asante', ['tw']],
  ['auvern', ['oc']],
  ['baku1926', ['az', 'ba', 'crh', 'kk', 'krc', 'ky', 'sah', 'tk', 'tt', 'uz']],
  ['balanka', ['blo']],
  ['barla', ['kea']],
  ['basiceng', ['en']],
  ['bauddha', ['sa']],
  ['bciav', ['zbl']],
  ['bcizbl', ['zbl']],
  ['biscayan', ['eu']],
  ['biske', ['sl-rozaj']],
  ['blasl', ['ase', 'sgn-ase']],
  ['bohairic', ['cop']],
  ['bohoric', ['sl']],
  ['boont', ['en']],
  ['bornholm', ['da']],
  ['cisaup', ['oc']],
  ['colb1945', ['pt']],
  ['cornu', ['en']],
  ['creiss', ['oc']],
  ['dajnko', ['sl']],
  ['ekavsk', ['sr', 'sr-Latn', 'sr-Cyrl']],
  ['emodeng', ['en']],
  ['fascia', ['lld']],
  ['fayyumic', ['cop']],
  ['fodom', ['lld']],
  ['fonipa', []],
  ['fonkirsh', []],
  ['fonnapa', []],
  ['fonupa', []],
  ['fonxsamp', []],
  ['gallo', ['fr']],
  ['gascon', ['oc']],
  ['gherd', ['lld']],
  ['grclass', ['oc']],
  ['grital', ['oc']],
  ['grmistr', ['oc']],
  ['hanoi', ['vi']],
  ['hepburn', ['ja-Latn']],
  ['heploc', ['ja-Latn-hepburn']],
  ['hognorsk', ['nn']],
  ['hsistemo', ['eo']],
  ['huett', ['vi']],
  ['ijekavsk', ['sr', 'sr-Latn', 'sr-Cyrl']],
  ['itihasa', ['sa']],
  ['ivanchov', ['bg']],
  ['jauer', ['rm']],
  ['jyutping', ['yue']],
  ['kkcor', ['kw']],
  ['kleinsch', ['kl', 'kl-tunumiit']],
  ['kociewie', ['pl']],
  ['kscor', ['kw']],
  ['laukika', ['sa']],
  ['leidentr', ['egy']],
  ['lemosin', ['oc']],
  ['lengadoc', ['oc']],
  ['lipaw', ['sl-rozaj']],
  ['ltg1929', ['ltg']],
  ['ltg2007', ['ltg']],
  ['luna1918', ['ru']],
  ['lycopol', ['cop']],
  ['mdcegyp', ['egy']],
  ['mdctrans', ['egy']],
  ['mesokem', ['cop']],
  ['metelko', ['sl']],
  ['monoton', ['el']],
  ['ndyuka', ['djk']],
  ['nedis', ['sl']],
  ['newfound', ['en-CA']],
  ['nicard', ['oc']],
  ['njiva', ['sl-rozaj']],
  ['nulik', ['vo']],
  ['osojs', ['sl-rozaj']],
  ['oxendict', ['en']],
  ['pahawh2', ['mww', 'hnj']],
  ['pahawh3', ['mww', 'hnj']],
  ['pahawh4', ['mww', 'hnj']],
  ['pamaka', ['djk']],
  ['peano', ['la']],
  ['pehoeji', ['nan-Latn']],
  ['petr1708', ['ru']],
  ['pinyin', ['zh-Latn', 'bo-Latn']],
  ['polyton', ['el']],
  ['provenc', ['oc']],
  ['puter', ['rm']],
  ['rigik', ['vo']],
  ['rozaj', ['sl']],
  ['rumgr', ['rm']],
  ['sahidic', ['cop']],
  ['saigon', ['vi']],
  ['scotland', ['en']],
  ['scouse', ['en']],
  ['simple', []],
  ['solba', ['sl-rozaj']],
  ['sotav', ['kea']],
  ['spanglis', ['en', 'es']],
  ['surmiran', ['rm']],
  ['sursilv', ['rm']],
  ['sutsilv', ['rm']],
  ['synnejyl', ['da']],
  ['tailo', ['nan-Latn']],
  ['tarask', ['be']],
  ['tongyong', ['zh-Latn']],
  ['tunumiit', ['kl']],
  ['uccor', ['kw']],
  ['ucrcor', ['kw']],
  ['ulster', ['sco']],
  ['unifon', ['en', 'hup', 'kyh', 'tol', 'yur']],
  ['vaidika', ['sa']],
  ['valbadia', ['lld']],
  ['valencia', ['ca']],
  ['vallader', ['rm']],
  ['vecdruka', ['lv']],
  ['viennese', ['de']],
  ['vivaraup', ['oc']],
  ['wadegile', ['zh-Latn']],
  ['xsistemo', ['eo']],
]);

/** Grandfathered and regular legacy tags, accepted whole (upper case). */
export const LEGACY_TAGS: ReadonlySet<string> = new Set(
  `EN-GB-OED I-AMI I-BNN I-DEFAULT I-ENOCHIAN I-HAK I-KLINGON I-LUX I-MINGO I-NAVAJO I-PWN I-TAO
   I-TAY I-TSU SGN-BE-FR SGN-BE-NL SGN-CH-DE ART-LOJBAN CEL-GAULISH NO-BOK NO-NYN ZH-GUOYU
   ZH-HAKKA ZH-MIN ZH-MIN-NAN ZH-XIANG`.split(/\s+/),
);

/**
 * Region subtags golang.org/x/text accepts besides ISO 3166-1 and its withdrawn codes:
 * macro-regions and the private-use / user-assigned codes.
 */
export const EXTRA_REGIONS: ReadonlySet<string> = new Set(
  `AA EU EZ QO UN XK ZZ QM QN QP QQ QR QS QT QU QV QW QX QY QZ XA XB XC XD XE XF XG XH XI XJ XL XM XN
   XP XQ XR XS XT XU XV XW XX XY XZ`.split(/\s+/),
);
