/**
 * The 12-week velocity bar chart. Loaded on its own (React.lazy): the chart library is the panel's
 * largest dependency and must not delay the first paint. Visual only: the section around it carries
 * the same numbers as text and as a table.
 */
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { VelocityWeek } from '../../lib/analytics/index';
import { formatDayText } from '../../lib/format/day';
import { usePrefersDark } from '../common/usePrefersDark';

const COLORS = {
  light: { bar: '#0369a1', partial: '#7dd3fc', grid: '#e5e5e5', text: '#525252', tooltipBg: '#ffffff' },
  dark: { bar: '#38bdf8', partial: '#0c4a6e', grid: '#404040', text: '#a3a3a3', tooltipBg: '#171717' },
};

export default function VelocityChart({ weeks }: { weeks: readonly VelocityWeek[] }) {
  const colors = COLORS[usePrefersDark() ? 'dark' : 'light'];
  const data = weeks.map((w) => ({ ...w, label: formatDayText(w.weekStart, Number(w.weekStart.slice(0, 4))) }));
  return (
    <ResponsiveContainer width="100%" height={150}>
      <BarChart data={data} margin={{ top: 4, right: 4, bottom: 0, left: -24 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={colors.grid} />
        <XAxis dataKey="label" tick={{ fill: colors.text, fontSize: 10 }} tickLine={false} interval="preserveStartEnd" minTickGap={8} />
        <YAxis allowDecimals={false} tick={{ fill: colors.text, fontSize: 10 }} tickLine={false} axisLine={false} width={48} />
        <Tooltip
          cursor={{ fill: colors.grid, opacity: 0.4 }}
          contentStyle={{ background: colors.tooltipBg, borderColor: colors.grid, fontSize: 12 }}
          labelFormatter={(label, payload) => {
            const week = payload?.[0]?.payload as VelocityWeek | undefined;
            return week?.partial ? `Week of ${String(label)} (so far)` : `Week of ${String(label)}`;
          }}
          formatter={(value) => [String(value), 'Posts']}
        />
        <Bar dataKey="posts" isAnimationActive={false} radius={[2, 2, 0, 0]}>
          {data.map((w) => (
            <Cell key={w.weekStart} fill={w.partial ? colors.partial : colors.bar} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
