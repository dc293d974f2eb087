import { useTranslation } from 'react-i18next';
import type { DiagnosisResult, FaultLink } from '../../electron/contract';
import { VERDICTS } from '../../electron/contract/values';

type Node = Exclude<FaultLink, 'none' | 'unknown'>;

/** The links from this computer to the site; the CDN only when one stands in front of the site. */
function nodesOf(result: DiagnosisResult): Node[] {
  const cdn =
    VERDICTS[result.verdict.id].link === 'cdn' ||
    (result.probe?.attempts ?? []).some(
      (a) => a.recognition?.cdn !== null && a.recognition?.cdn !== undefined,
    );
  return cdn ? ['computer', 'router', 'isp', 'cdn', 'site'] : ['computer', 'router', 'isp', 'site'];
}

/**
 * The picture of where the fault is: this computer → router → provider → (CDN) → site, with
 * the broken link marked (from the verdict catalog's `link`).
 */
export function FaultChain({ result }: { result: DiagnosisResult }) {
  const { t } = useTranslation();
  const link = VERDICTS[result.verdict.id].link;
  const nodes = nodesOf(result);
  const state = (n: Node): 'broken' | 'ok' | 'unknown' =>
    link === 'unknown' ? 'unknown' : n === link ? 'broken' : 'ok';
  return (
    <figure className="chain">
      <figcaption className="sr-only">{t('chain.caption')}</figcaption>
      <ol className="chain-list">
        {nodes.map((n) => (
          <li key={n} className={`chain-node chain-${state(n)}`}>
            <span className="chain-icon" aria-hidden="true" />
            <span className="chain-name">{t(`chain.node.${n}`)}</span>
            <span className="chain-state">{t(`chain.state.${state(n)}`)}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
