/**
 * Department aliases: reviewed data, like themes.ts. Plans print one body under several names ("黄海金控" and
 * "黄海金控集团"); the department pages (src/lib/analysis/departments.ts) show such names as one department, under
 * `name`, and list the other spellings as printed. Nothing is merged by guess: a name joins another only through an
 * entry here, one city at a time (the same short name may be another body elsewhere), each with the reason the two
 * names are one body. Names are as the analysis keys them (content/analysis/departments.json: white space removed).
 *
 * `DISTINCT_DEPARTMENTS` records pairs that look alike but were reviewed as different bodies, so that no later entry
 * merges them (a test holds the two lists apart).
 *
 * Adding an entry retires the alias's page URL: add it to src/data/redirects.json, pointing at the page of `name`.
 */

export interface DepartmentAlias {
  /** The city whose plans print these names (Chinese name, as the plans' YAML gives it). */
  readonly city: string;
  /** The name the site shows and keys the body by (its page /departments/<city>-<pinyin of name>/). */
  readonly name: string;
  /** The other names printed for the same body. */
  readonly aliases: readonly string[];
  /** Why the names are one body. */
  readonly why: string;
}

export const DEPARTMENT_ALIASES: readonly DepartmentAlias[] = [
  {
    city: '盐城',
    name: '黄海金控集团',
    aliases: ['黄海金控'],
    why: '江苏黄海金融控股集团有限公司：“黄海金控”是其简称，2022—2024 行动计划用简称，2025—2027 行动计划加“集团”。',
  },
  {
    city: '盐城',
    name: '市应急管理局',
    aliases: ['市应急局'],
    why: '盐城市应急管理局：“市应急局”是其通行简称；2022—2024 行动计划和 2024 工作要点用全称，2025—2027 行动计划用简称，市里没有另一个“应急局”。',
  },
  {
    city: '盐城',
    name: '市自然资源和规划局',
    aliases: ['市自然资源规划局'],
    why: '盐城市自然资源和规划局：2022—2024 行动计划写作“市自然资源规划局”，少一个“和”字，是同一机关。',
  },
  {
    city: '盐城',
    name: '市通管办',
    aliases: ['盐城通管办'],
    why: '盐城市通信管理办公室（江苏省通信管理局派出）：“盐城通管办”与“市通管办”是同一机构的两种简称。',
  },
  {
    city: '盐城',
    name: '盐城电信',
    aliases: ['电信公司'],
    why: '中国电信盐城分公司：盐城规划中的“电信公司”只能是其在盐城的分公司，即别处写作“盐城电信”者。',
  },
  {
    city: '盐城',
    name: '盐城移动',
    aliases: ['移动公司'],
    why: '中国移动盐城分公司：盐城规划中的“移动公司”即“盐城移动”。',
  },
  {
    city: '盐城',
    name: '盐城联通',
    aliases: ['联通公司'],
    why: '中国联通盐城分公司：盐城规划中的“联通公司”即“盐城联通”。',
  },
  {
    city: '盐城',
    name: '盐南高新区',
    aliases: ['盐南高新区管委会'],
    why: '盐南高新区是功能区，由其管委会管理，别无其他政府机构；责任部门栏写区名，指的就是管委会（如“盐都区”指盐都区人民政府）。',
  },
  {
    city: '盐城',
    name: '市工信局',
    aliases: ['市工信局(大数据管理局)'],
    why: '括号内是同一机关加挂的牌子（市工信局加挂市大数据管理局牌子），2022—2024 行动计划连写两块牌子；2024 年起单设的“市数据局”是另一机关，不在此列。',
  },
];

/** Two names reviewed as two bodies: never to be merged. */
export interface DistinctDepartments {
  readonly city: string;
  readonly names: readonly [string, string];
  /** Why they are different bodies. */
  readonly why: string;
}

export const DISTINCT_DEPARTMENTS: readonly DistinctDepartments[] = [
  {
    city: '盐城',
    names: ['市档案局', '市档案馆'],
    why: '档案局是主管档案工作的行政机关，档案馆是保管档案的事业单位（机构改革后分设）；2024 工作要点把两者分别列为责任单位。',
  },
  {
    city: '盐城',
    names: ['市数据局', '市工信局'],
    why: '市数据局是 2024 年单设的政府工作部门，不是市工信局加挂的“大数据管理局”牌子。',
  },
  {
    city: '盐城',
    names: ['市大数据管理中心', '市大数据集团'],
    why: '前者是事业单位，后者是市属国有企业（盐城市大数据集团有限公司）。',
  },
  {
    city: '盐城',
    names: ['市金融监管局', '盐城银保监分局'],
    why: '前者是市政府的地方金融监管部门，后者是国家金融监管部门的派出机构。',
  },
];
