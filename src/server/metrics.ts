/** Upper bounds (seconds) of the request latency histogram's buckets. */
const LATENCY_BUCKETS_S = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** One sample of a gauge: its labels and value. */
export interface GaugeSample {
  labels: Record<string, string>;
  value: number;
}

/** A gauge read when /metrics is scraped. */
export interface Gauge {
  name: string;
  help: string;
  samples: GaugeSample[];
}

interface Histogram {
  buckets: number[];
  sum: number;
  count: number;
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function labelText(labels: Record<string, string>): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return parts.length === 0 ? '' : `{${parts.join(',')}}`;
}

function number(value: number): string {
  return Number.isFinite(value) ? String(value) : value > 0 ? '+Inf' : '-Inf';
}

/** Request counts and latency histograms per route, rendered in Prometheus' text format. */
export interface RequestMetrics {
  /** Records one answered request. `route` is the route pattern, never the raw path. */
  observe(method: string, route: string, status: number, seconds: number): void;
  /** The request metrics and the given gauges as a Prometheus text exposition. */
  render(gauges: readonly Gauge[]): string;
}

/** Creates an empty set of request metrics. */
export function createRequestMetrics(): RequestMetrics {
  const counts = new Map<string, number>();
  const latencies = new Map<string, Histogram>();
  const observe = (method: string, route: string, status: number, seconds: number): void => {
    const countKey = JSON.stringify({ method, route, status: String(status) });
    counts.set(countKey, (counts.get(countKey) ?? 0) + 1);
    const latencyKey = JSON.stringify({ method, route });
    let histogram = latencies.get(latencyKey);
    if (histogram === undefined) {
      histogram = { buckets: LATENCY_BUCKETS_S.map(() => 0), sum: 0, count: 0 };
      latencies.set(latencyKey, histogram);
    }
    LATENCY_BUCKETS_S.forEach((bound, i) => {
      if (seconds <= bound) histogram.buckets[i] = (histogram.buckets[i] ?? 0) + 1;
    });
    histogram.sum += seconds;
    histogram.count += 1;
  };
  const render = (gauges: readonly Gauge[]): string => {
    const out: string[] = [
      '# HELP sift_http_requests_total HTTP requests answered, by method, route and status.',
      '# TYPE sift_http_requests_total counter',
    ];
    for (const [key, count] of counts)
      out.push(
        `sift_http_requests_total${labelText(JSON.parse(key) as Record<string, string>)} ${count}`,
      );
    out.push(
      '# HELP sift_http_request_duration_seconds Time to answer an HTTP request, by method and route.',
      '# TYPE sift_http_request_duration_seconds histogram',
    );
    for (const [key, histogram] of latencies) {
      const labels = JSON.parse(key) as Record<string, string>;
      LATENCY_BUCKETS_S.forEach((bound, i) => {
        const le = labelText({ ...labels, le: String(bound) });
        out.push(`sift_http_request_duration_seconds_bucket${le} ${histogram.buckets[i] ?? 0}`);
      });
      out.push(
        `sift_http_request_duration_seconds_bucket${labelText({ ...labels, le: '+Inf' })} ${histogram.count}`,
        `sift_http_request_duration_seconds_sum${labelText(labels)} ${number(histogram.sum)}`,
        `sift_http_request_duration_seconds_count${labelText(labels)} ${histogram.count}`,
      );
    }
    for (const gauge of gauges) {
      out.push(`# HELP ${gauge.name} ${gauge.help}`, `# TYPE ${gauge.name} gauge`);
      for (const sample of gauge.samples)
        out.push(`${gauge.name}${labelText(sample.labels)} ${number(sample.value)}`);
    }
    return `${out.join('\n')}\n`;
  };
  return { observe, render };
}
