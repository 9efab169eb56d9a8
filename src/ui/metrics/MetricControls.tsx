import { useAppStore } from '../../store/index.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { GroupLegend } from './GroupLegend.tsx';
import { COLOURINGS, SIZINGS } from './choices.ts';
import type { MeasuredGraph } from './nodeMeasures.ts';
import './metrics.css';

/**
 * How the nodes are drawn: "Size by" mentions or a measure of the graph shown, "Colour by" type or
 * group; under them, the chosen measures in one plain sentence each, and the groups when they colour.
 * The sentences follow the graph shown, so they change as the filters, focus and story do.
 */
export function MetricControls({ measured }: { measured: MeasuredGraph | null }) {
  const sizeBy = useAppStore((s) => s.sizeBy);
  const colourBy = useAppStore((s) => s.colourBy);
  const setSizeBy = useAppStore((s) => s.setSizeBy);
  const setColourBy = useAppStore((s) => s.setColourBy);
  return (
    <section className="metric-controls" aria-label="Measures">
      <div className="metric-choices">
        <ChoiceGroup legend="Size by" options={SIZINGS} value={sizeBy} onChange={setSizeBy} />
        <ChoiceGroup legend="Colour by" options={COLOURINGS} value={colourBy} onChange={setColourBy} />
      </div>
      <div className="metric-explanations" aria-live="polite">
        <p className="metric-explanation" data-measure={sizeBy}>
          {measured?.explanations[sizeBy]}
        </p>
        {colourBy === 'community' && (
          <p className="metric-explanation" data-measure="community">
            {measured?.explanations.community}
          </p>
        )}
      </div>
      {colourBy === 'community' && measured && <GroupLegend groups={measured.groups} />}
    </section>
  );
}
