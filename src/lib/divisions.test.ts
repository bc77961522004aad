import { describe, expect, it } from 'vitest';
import {
  DivisionError,
  countyShortName,
  divisionByCode,
  divisions,
  provinces,
  divisionSlug,
  prefectureShortName,
  provinceShortName,
  resolveCity,
} from './divisions';

const resolved = (city: string, province?: string) => {
  const r = resolveCity(city, province);
  return [r.division?.name ?? null, r.division?.code ?? null, r.province.short];
};

describe('division names', () => {
  it('shortens provinces by their suffix', () => {
    expect(['江苏省', '广西壮族自治区', '宁夏回族自治区', '新疆维吾尔自治区', '内蒙古自治区', '北京市'].map(provinceShortName)).toEqual(['江苏', '广西', '宁夏', '新疆', '内蒙古', '北京']);
  });
  it('shortens prefectures: 市, 地区 and 盟, and autonomous prefectures by their peoples', () => {
    expect(['盐城市', '阿里地区', '兴安盟', '延边朝鲜族自治州', '海西蒙古族藏族自治州', '克孜勒苏柯尔克孜自治州', '巴音郭楞蒙古自治州'].map(prefectureShortName)).toEqual([
      '盐城', '阿里', '兴安', '延边', '海西', '克孜勒苏', '巴音郭楞',
    ]);
  });
  it('shortens county-level cities and counties, but not districts', () => {
    expect(['昆山市', '沭阳县', '鼓楼区'].map(countyShortName)).toEqual(['昆山', '沭阳', '鼓楼区']);
  });
  it('gives every province and prefecture-level division a short name of its place alone', () => {
    const upper = divisions().filter((d) => d.level !== 'county');
    expect(provinces()).toHaveLength(31);
    expect(upper.length).toBeGreaterThan(360);
    expect(upper.filter((d) => d.short === '' || /族|自治|地区/.test(d.short))).toEqual([]);
  });
});

describe('resolving a plan’s city', () => {
  it('resolves the seeds’ cities to their GB/T 2260 codes, 泰州 and 台州 apart', () => {
    expect(resolved('盐城')).toEqual(['盐城市', '320900', '江苏']);
    expect(resolved('苏州')).toEqual(['苏州市', '320500', '江苏']);
    expect(resolved('泰州')).toEqual(['泰州市', '321200', '江苏']);
    expect(resolved('台州')).toEqual(['台州市', '331000', '浙江']);
  });
  it('resolves municipalities, provinces, autonomous prefectures and county-level cities', () => {
    expect(resolved('北京')).toEqual(['北京市', '110000', '北京']);
    expect(resolved('江苏')).toEqual(['江苏省', '320000', '江苏']);
    expect(resolved('恩施')).toEqual(['恩施土家族苗族自治州', '422800', '湖北']);
    expect(resolved('昆山')).toEqual(['昆山市', '320583', '江苏']);
  });
  it('prefers a full name, and a city to a county of the same short name', () => {
    expect(resolved('吉林市')).toEqual(['吉林市', '220200', '吉林']);
    expect(resolved('朝阳')).toEqual(['朝阳市', '211300', '辽宁']);
  });
  it('takes the province to settle a shared name, and refuses a province that contradicts the city', () => {
    expect(resolved('鼓楼区', '福建')).toEqual(['鼓楼区', '350102', '福建']);
    expect(() => resolveCity('鼓楼区')).toThrow(/names 4 divisions .*set `province:`/);
    expect(() => resolveCity('吉林')).toThrow(/吉林省 220000, 吉林 吉林市 220200\); write its full name/);
    expect(() => resolveCity('鼓楼区', '江苏')).toThrow(/names 2 divisions in 江苏/);
    expect(() => resolveCity('台州', '江苏')).toThrow(/is in 浙江, not in 江苏; correct `province:`/);
  });
  it('refuses an unknown city with a hint, unless the YAML names its province (the override)', () => {
    expect(() => resolveCity('盐成')).toThrow(DivisionError);
    expect(() => resolveCity('盐成')).toThrow(/"盐成" is not a city, prefecture or county in GB\/T 2260.*set `province:`/);
    expect(resolved('新设市', '江苏省')).toEqual([null, null, '江苏']);
    expect(() => resolveCity('盐城', '江南')).toThrow(/province "江南" is not a province/);
  });
});

describe('division slugs', () => {
  it('keeps the bare pinyin for the highest-ranked, lowest code: the seeds’ slugs stay', () => {
    expect(['320900', '320500', '321200'].map(divisionSlug)).toEqual(['yancheng', 'suzhou', 'taizhou']);
  });
  it('settles same-pinyin divisions by the table, with the province’s pinyin', () => {
    expect(divisionSlug('331000')).toBe('taizhou-zhejiang');
    expect(divisionSlug('341300')).toBe('suzhou-anhui');
    expect(divisionSlug('610800')).toBe('yulin-shaanxi');
    expect(divisionSlug('610000')).toBe('shaanxi');
    expect(divisionSlug('140000')).toBe('shanxi');
  });
  it('gives every division a distinct slug', () => {
    const slugs = divisions().map((d) => divisionSlug(d.code));
    expect(new Set(slugs).size).toBe(divisions().length);
    expect(slugs.every((s) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s))).toBe(true);
  });
  it('finds a division by code and refuses a code it does not know', () => {
    expect(divisionByCode('321200')?.name).toBe('泰州市');
    expect(() => divisionSlug('999999')).toThrow(DivisionError);
  });
});
