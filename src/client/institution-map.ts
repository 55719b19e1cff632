/**
 * The finder's map: Leaflet with the build's basemap (地理院タイル by default) and supercluster,
 * so fifteen thousand points become a few dozen markers at any zoom. Loaded only when the reader
 * asks for the map. Two modes, following the list:
 * - no 区市町村 and no words: one marker per 区市町村 with its count (pressing it picks that 区市町村);
 * - otherwise: the matching facilities, clustered; a cluster zooms in, a facility opens its card.
 */
import L from 'leaflet';
import Supercluster from 'supercluster';
import leafletCssUrl from 'leaflet/dist/leaflet.css?url';
import type { BrowserInstitution, MunicipalitySummary } from '../lib/institutions/data';
import { fillTemplate } from './page-strings';
import type { FinderStrings } from './institution-finder';

export interface MapOptions {
  url: string;
  /** HTML of the credit (escaped at build time, see src/lib/institutions/map-tiles.ts). */
  attribution: string;
  maxZoom: number;
  onOpen: (id: string) => void;
  /** The finder's words (the map is part of it). */
  words: Pick<FinderStrings, 'cluster' | 'wardMarker' | 'details'>;
}

type Bounds = MunicipalitySummary['bounds'];

export interface MapView {
  showWards(counts: readonly { summary: MunicipalitySummary; count: number }[], onPick: (slug: string) => void): void;
  showFacilities(items: readonly BrowserInstitution[], bounds?: Bounds, near?: { lat: number; lng: number }): void;
}

function loadCss(href: string): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
}

const tokyo: L.LatLngBoundsExpression = [[35.5, 139.0], [35.9, 139.95]];

function countIcon(count: number, className: string): L.DivIcon {
  const size = count >= 1000 ? 56 : count >= 100 ? 48 : 40;
  return L.divIcon({ html: `<span>${count.toLocaleString('ja-JP')}</span>`, className: `map-cluster ${className}`, iconSize: [size, size] });
}

const facilityIcon = L.divIcon({ className: 'map-facility', iconSize: [22, 22] });

export async function createMapView(canvas: HTMLElement, options: MapOptions): Promise<MapView> {
  await loadCss(leafletCssUrl);
  const { words } = options;
  const map = L.map(canvas, { scrollWheelZoom: false, maxZoom: options.maxZoom, minZoom: 5 }).fitBounds(tokyo);
  L.tileLayer(options.url, { attribution: options.attribution, maxZoom: options.maxZoom }).addTo(map);
  const layer = L.layerGroup().addTo(map);
  let index: Supercluster | undefined;
  let wardIndex: Supercluster<{ slug: string; name: string; count: number }, { count: number }> | undefined;
  let pickWard: (slug: string) => void = () => {};
  let byId = new Map<string, BrowserInstitution>();

  const label = (marker: L.Marker, text: string) => {
    const element = marker.getElement();
    element?.setAttribute('aria-label', text);
    element?.setAttribute('role', 'button');
  };

  const drawWards = () => {
    if (!wardIndex) return;
    layer.clearLayers();
    // The whole world: every 区市町村, the islands included, is counted even when out of view.
    for (const feature of wardIndex.getClusters([-180, -85, 180, 85], Math.round(map.getZoom()))) {
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties as { cluster?: boolean; cluster_id?: number; count: number; slug?: string; name?: string };
      const text = props.cluster ? fillTemplate(words.cluster, props.count) : fillTemplate(words.wardMarker, props.name ?? '', props.count);
      const marker = L.marker([lat, lng], { icon: countIcon(props.count, 'map-cluster--ward'), keyboard: true, title: text }).addTo(layer);
      label(marker, text);
      marker.on('click', () => {
        if (props.cluster) map.setView([lat, lng], Math.min(wardIndex!.getClusterExpansionZoom(props.cluster_id!), 12));
        else pickWard(props.slug ?? '');
      });
    }
  };

  const drawClusters = () => {
    if (wardIndex && !index) return drawWards();
    if (!index) return;
    layer.clearLayers();
    const b = map.getBounds();
    const clusters = index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], Math.round(map.getZoom()));
    for (const feature of clusters) {
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties as { cluster?: boolean; cluster_id?: number; point_count?: number; id?: string };
      if (props.cluster) {
        const count = props.point_count ?? 0;
        const marker = L.marker([lat, lng], { icon: countIcon(count, 'map-cluster--facilities'), keyboard: true, title: fillTemplate(words.cluster, count) }).addTo(layer);
        label(marker, fillTemplate(words.cluster, count));
        marker.on('click', () => map.setView([lat, lng], Math.min(index!.getClusterExpansionZoom(props.cluster_id!), options.maxZoom)));
      } else {
        const item = byId.get(props.id ?? '');
        if (!item) continue;
        const marker = L.marker([lat, lng], { icon: facilityIcon, keyboard: true, title: item.name }).addTo(layer);
        label(marker, fillTemplate(words.details, item.name));
        marker.on('click', () => options.onOpen(item.id));
      }
    }
  };
  map.on('moveend', drawClusters);

  return {
    showWards(counts, onPick) {
      // 区市町村 markers are clustered too (their counts summed), so 62 of them never pile up.
      index = undefined;
      wardIndex = new Supercluster<{ slug: string; name: string; count: number }, { count: number }>({
        radius: 50,
        maxZoom: 12,
        map: (props) => ({ count: props.count }),
        reduce: (into, props) => {
          into.count += props.count;
        },
      });
      wardIndex.load(counts.filter((c) => c.count > 0).map(({ summary, count }) => ({ type: 'Feature', properties: { slug: summary.slug, name: summary.name, count }, geometry: { type: 'Point', coordinates: [summary.center[1], summary.center[0]] } })));
      pickWard = onPick;
      map.fitBounds(tokyo);
      drawWards();
    },
    showFacilities(items, bounds, near) {
      wardIndex = undefined;
      byId = new Map(items.map((item) => [item.id, item]));
      index = new Supercluster({ radius: 60, maxZoom: 16 });
      index.load(items.map((item) => ({ type: 'Feature', properties: { id: item.id }, geometry: { type: 'Point', coordinates: [item.lng, item.lat] } })));
      if (near) map.setView([near.lat, near.lng], 15);
      else if (bounds) map.fitBounds([[bounds[0][0], bounds[0][1]], [bounds[1][0], bounds[1][1]]], { padding: [16, 16] });
      else if (items.length > 0) map.fitBounds(L.latLngBounds(items.map((item) => [item.lat, item.lng] as [number, number])), { padding: [16, 16], maxZoom: 15 });
      drawClusters();
    },
  };
}
