// Charts drawn with Apache ECharts (the WebJar): the S-curve and the Gantt. Each chart carries an
// ECharts aria description, and every view also gives its figures as a table for screen readers.

const DAY = 86400000;
const charts = new Set();

window.addEventListener('resize', () => charts.forEach((chart) => chart.resize()));

function chartIn(element, option) {
  const existing = window.echarts.getInstanceByDom(element);
  if (existing) {
    charts.delete(existing);
    existing.dispose();
  }
  const chart = window.echarts.init(element, null, { renderer: 'svg' });
  chart.setOption(option);
  charts.add(chart);
  return chart;
}

function day(date) {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** PV, EV and AC cumulative over time: points is [{date, pv, ev, ac}], EV and AC null ahead. */
export function sCurve(element, points, currency) {
  const series = (name, key, color, dashed) => ({
    name,
    type: 'line',
    showSymbol: true,
    symbolSize: 5,
    lineStyle: { color, width: 2, type: dashed ? 'dashed' : 'solid' },
    itemStyle: { color },
    data: points.filter((p) => p[key] !== null).map((p) => [day(p.date), Number(p[key])]),
  });
  return chartIn(element, {
    aria: {
      enabled: true,
      label: {
        description: `S-curve of planned value, earned value and actual cost in ${currency}, `
          + `from ${points[0].date} to ${points[points.length - 1].date}. The table below gives each point.`,
      },
    },
    animation: false,
    grid: { left: 70, right: 20, top: 40, bottom: 40 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', name: currency },
    series: [
      series('Planned value (PV)', 'pv', '#5470c6', true),
      series('Earned value (EV)', 'ev', '#2e7d32', false),
      series('Actual cost (AC)', 'ac', '#c62828', false),
    ],
  });
}

/** An item's links: every one with its type and lag; an answer of the first edition has ids only. */
export function linksOf(item) {
  return item.links || (item.dependsOn || []).map((itemId) => ({ itemId, type: 'FS', lagDays: 0 }));
}

/** A link as planners write it: FS, SS+5d, FS-2d. */
export function linkLabel(link) {
  const lag = link.lagDays || 0;
  return `${link.type}${lag === 0 ? '' : `${lag > 0 ? '+' : ''}${lag}d`}`;
}

/**
 * A Gantt of the schedule's items: the baseline bar (grey, thin) under the current bar, critical
 * items in red, milestones as diamonds, each link an arrow by its type (dashed unless finish-to-start,
 * labelled with its type and lag).
 */
export function gantt(element, schedule) {
  const items = schedule.items;
  const row = new Map(items.map((item, i) => [item.itemId, i]));
  const data = items.map((item, i) => ({
    value: [
      i,
      day(item.plannedStart),
      day(item.plannedFinish) + (item.kind === 'MILESTONE' ? 0 : DAY),
      item.baselineStart ? day(item.baselineStart) : null,
      item.baselineFinish ? day(item.baselineFinish) + (item.kind === 'MILESTONE' ? 0 : DAY) : null,
      item.critical ? 1 : 0,
      item.kind === 'MILESTONE' ? 1 : 0,
      item.percentComplete || 0,
      item.kind === 'SUMMARY' ? 1 : 0,
    ],
    name: item.name,
  }));
  // Each link an arrow by its type: from the predecessor's finish (FS, FF) or start (SS, SF) to
  // the successor's start (FS, SS; the head points right) or finish (FF, SF; the head points left).
  const start = (item) => day(item.plannedStart);
  const end = (item) => day(item.plannedFinish) + (item.kind === 'MILESTONE' ? 0 : DAY);
  const links = [];
  items.forEach((item) => linksOf(item).forEach((link) => {
    if (row.has(link.itemId)) {
      const source = items[row.get(link.itemId)];
      const fromStart = link.type === 'SS' || link.type === 'SF';
      const toFinish = link.type === 'FF' || link.type === 'SF';
      links.push({
        value: [row.get(link.itemId), row.get(item.itemId),
          fromStart ? start(source) : end(source), toFinish ? end(item) : start(item),
          toFinish ? 1 : 0, fromStart ? 1 : 0],
        name: linkLabel(link),
      });
    }
  }));
  const starts = items.flatMap((i) => [i.plannedStart, i.baselineStart]).filter(Boolean).map(day);
  const finishes = items.flatMap((i) => [i.plannedFinish, i.baselineFinish]).filter(Boolean).map(day);
  const bars = (params, api) => {
    const index = api.value(0);
    const band = api.size([0, 1])[1];
    const [x0, y] = api.coord([api.value(1), index]);
    const [x1] = api.coord([api.value(2), index]);
    const critical = api.value(5) === 1;
    const color = critical ? '#c62828' : '#1565c0';
    const children = [];
    if (api.value(3) !== null && api.value(3) !== undefined && !Number.isNaN(api.value(3))) {
      const [b0] = api.coord([api.value(3), index]);
      const [b1] = api.coord([api.value(4), index]);
      children.push(api.value(6) === 1
        ? { type: 'polygon', shape: { points: diamond(b0, y + band * 0.2, band * 0.15) }, style: { fill: '#9e9e9e' } }
        : { type: 'rect', shape: { x: b0, y: y + band * 0.12, width: Math.max(b1 - b0, 2), height: band * 0.16 }, style: { fill: '#bdbdbd' } });
    }
    if (api.value(8) === 1) {
      // A summary element: a dark bracket over the span of what lies under it.
      const width = Math.max(x1 - x0, 2);
      const dark = critical ? '#8e0000' : '#263238';
      children.push({ type: 'rect', shape: { x: x0, y: y - band * 0.22, width, height: band * 0.14 }, style: { fill: dark } });
      children.push({ type: 'polygon', shape: { points: [[x0, y - band * 0.22], [x0 + 6, y - band * 0.22], [x0, y + band * 0.05]] }, style: { fill: dark } });
      children.push({ type: 'polygon', shape: { points: [[x0 + width, y - band * 0.22], [x0 + width - 6, y - band * 0.22], [x0 + width, y + band * 0.05]] }, style: { fill: dark } });
    } else if (api.value(6) === 1) {
      children.push({ type: 'polygon', shape: { points: diamond(x0, y - band * 0.1, band * 0.2) }, style: { fill: color } });
    } else {
      const width = Math.max(x1 - x0, 2);
      children.push({ type: 'rect', shape: { x: x0, y: y - band * 0.3, width, height: band * 0.36 }, style: { fill: color, opacity: 0.35 } });
      children.push({ type: 'rect', shape: { x: x0, y: y - band * 0.3, width: width * api.value(7) / 100, height: band * 0.36 }, style: { fill: color } });
    }
    return { type: 'group', children };
  };
  const arrows = (params, api) => {
    const [fx, fy] = api.coord([api.value(2), api.value(0)]);
    const [tx, ty] = api.coord([api.value(3), api.value(1)]);
    const band = api.size([0, 1])[1];
    const toFinish = api.value(4) === 1;
    const fromStart = api.value(5) === 1;
    const from = [fx, fy - band * 0.12];
    const to = [tx, ty - band * 0.12];
    // Leave the predecessor outwards (left of a start, right of a finish), enter the successor
    // from outside its bar, and turn between them.
    const out = fromStart ? Math.min(fx - 6, tx - 6) : Math.max(fx + 6, toFinish ? tx + 6 : tx - 6);
    const into = toFinish ? Math.max(out, tx + 6) : Math.min(out, tx - 6);
    const style = { stroke: '#546e7a', fill: null, lineWidth: 1.2, lineDash: api.value(4) + api.value(5) > 0 ? [4, 2] : null };
    const head = toFinish
      ? [[to[0], to[1]], [to[0] + 6, to[1] - 4], [to[0] + 6, to[1] + 4]]
      : [[to[0], to[1]], [to[0] - 6, to[1] - 4], [to[0] - 6, to[1] + 4]];
    const label = links[params.dataIndex].name;
    const children = [
      { type: 'polyline', shape: { points: [from, [out, from[1]], [out, to[1]], [into, to[1]], to] }, style },
      { type: 'polygon', shape: { points: head }, style: { fill: '#546e7a' } },
    ];
    if (label !== 'FS') {
      children.push({
        type: 'text',
        style: { text: label, x: out + 3, y: (from[1] + to[1]) / 2, fill: '#37474f', fontSize: 10, verticalAlign: 'middle' },
      });
    }
    return { type: 'group', children };
  };
  const critical = items.filter((i) => i.critical).map((i) => i.name);
  element.style.height = `${Math.max(160, 60 + items.length * 44)}px`;
  return chartIn(element, {
    aria: {
      enabled: true,
      label: {
        description: `Gantt chart of ${items.length} items, baseline bars under current bars. `
          + `Critical path: ${critical.length ? critical.join(', ') : 'none'}. The table below gives every date.`,
      },
    },
    animation: false,
    tooltip: {
      formatter: (p) => {
        const item = items[p.value[0]];
        if (!item || p.seriesName !== 'Schedule') {
          return '';
        }
        const tip = document.createElement('div');
        tip.textContent = `${item.name}: ${item.plannedStart} – ${item.plannedFinish}`
          + (item.baselineFinish ? ` (baseline ${item.baselineStart} – ${item.baselineFinish})` : '')
          + (item.critical ? ', critical' : `, float ${item.totalFloat} d`);
        return tip.innerHTML;
      },
    },
    grid: { left: 150, right: 30, top: 20, bottom: 30 },
    xAxis: {
      type: 'time',
      min: Math.min(...starts) - 7 * DAY,
      max: Math.max(...finishes) + 7 * DAY,
      splitLine: { show: true, lineStyle: { color: '#eeeeee' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: items.map((item) => (item.wbsCode ? `${item.wbsCode} ${item.name}` : item.name)),
      axisLabel: {
        width: 140,
        overflow: 'truncate',
        color: (name, i) => (items[i] && items[i].critical ? '#c62828' : '#333333'),
        fontWeight: 'bold',
      },
    },
    series: [
      { name: 'Schedule', type: 'custom', renderItem: bars, encode: { x: [1, 2], y: 0 }, data, clip: true },
      { name: 'Dependencies', type: 'custom', renderItem: arrows, data: links, silent: true, z: 1 },
      {
        name: 'Status date',
        type: 'line',
        data: [],
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: '#6a1b9a', type: 'dashed' },
          label: { position: 'start', formatter: `status ${schedule.statusDate}` },
          data: [{ xAxis: day(schedule.statusDate) }],
        },
      },
    ],
  });
}

function diamond(x, y, r) {
  return [[x, y - r], [x + r, y], [x, y + r], [x - r, y]];
}
