/** Helpers for the chart tests. */

/** WCAG contrast ratio of two colours given as #rrggbb or rgb(r, g, b). */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const parts = c.startsWith('#') ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) : c.match(/\d+/g)!.map(Number);
    const [r, g, bl] = parts.map((v) => {
      const x = v / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Two plan columns, as the grid charts (matrix, keyword grid) take them. */
export const TWO_PLAN_COLUMNS = [
  { label: '盐城', sublabel: '2025–2027', url: '/plans/yancheng-2025-2027/', title: '盐城 2025–2027' },
  { label: '泰州', sublabel: '指导意见', url: '/plans/taizhou-zhidao-yijian/', title: '泰州 指导意见' },
];
