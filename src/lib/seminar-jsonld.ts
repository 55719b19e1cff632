/**
 * schema.org structured data for a session page. Dated sessions are Events (Google's
 * Event requirements: name, startDate with offset, location as Place and/or VirtualLocation);
 * on-demand modules have no start date and are Courses with an online CourseInstance
 * carrying the viewing period, not Events.
 */
import type { SeminarData } from '../schemas/seminar';
import { toIsoJst } from './dates';
import { registrationStatus, type RegistrationStatus } from './seminar-status';

export interface JsonLdContext {
  /** Absolute URL of the session page. */
  pageUrl: string;
  /** Absolute URL of an image at least 720 px wide. */
  imageUrl: string;
  organizerName: string;
  organizerUrl: string;
  now: Date;
}

type JsonLd = Record<string, unknown>;

const attendanceMode = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

function eventStatus(data: SeminarData): string {
  if (data.registration.override === 'cancelled') return 'https://schema.org/EventCancelled';
  if (data.registration.override === 'postponed') return 'https://schema.org/EventPostponed';
  return 'https://schema.org/EventScheduled';
}

function offerAvailability(status: RegistrationStatus): string {
  switch (status) {
    case 'not-open':
      return 'https://schema.org/PreOrder';
    case 'open':
    case 'closing-soon':
      return 'https://schema.org/InStock';
    case 'full':
      return 'https://schema.org/SoldOut';
    default:
      return 'https://schema.org/Discontinued';
  }
}

function locations(data: SeminarData, context: JsonLdContext): JsonLd[] {
  const result: JsonLd[] = [];
  if (data.venue && data.format !== 'online') {
    result.push({
      '@type': 'Place',
      name: data.venue.name,
      address: { '@type': 'PostalAddress', streetAddress: data.venue.address, addressRegion: '東京都', addressCountry: 'JP' },
    });
  }
  if (data.format === 'online' || data.format === 'hybrid') {
    result.push({ '@type': 'VirtualLocation', url: data.online?.url ?? data.registration.url ?? context.pageUrl });
  }
  return result;
}

function organizer(context: JsonLdContext): JsonLd {
  return { '@type': 'GovernmentOrganization', name: context.organizerName, url: context.organizerUrl };
}

export function seminarJsonLd(data: SeminarData, context: JsonLdContext): JsonLd {
  if (data.format === 'on-demand' || !data.start) return courseJsonLd(data, context);
  const status = registrationStatus({ ...data, ...data.registration }, context.now);
  const place = locations(data, context);
  const offer: JsonLd = {
    '@type': 'Offer',
    price: data.fee,
    priceCurrency: 'JPY',
    availability: offerAvailability(status),
    url: data.registration.url ?? context.pageUrl,
  };
  if (data.registration.opens) offer.validFrom = toIsoJst(data.registration.opens);
  const event: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: data.title,
    description: data.summary,
    url: context.pageUrl,
    image: [context.imageUrl],
    startDate: toIsoJst(data.start),
    eventAttendanceMode: attendanceMode[data.format],
    eventStatus: eventStatus(data),
    location: place.length === 1 ? place[0] : place,
    organizer: organizer(context),
    offers: offer,
    inLanguage: 'ja',
    isAccessibleForFree: data.fee === 0,
  };
  if (data.end) event.endDate = toIsoJst(data.end);
  if (data.capacity) event.maximumAttendeeCapacity = data.capacity;
  if (data.lecturer?.name) event.performer = { '@type': 'Person', name: data.lecturer.name };
  return event;
}

export function courseJsonLd(data: SeminarData, context: JsonLdContext): JsonLd {
  const instance: JsonLd = { '@type': 'CourseInstance', courseMode: 'Online' };
  if (data.availableFrom) instance.startDate = toIsoJst(data.availableFrom);
  if (data.availableUntil) instance.endDate = toIsoJst(data.availableUntil);
  if (data.viewingUrl) instance.url = data.viewingUrl;
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: data.title,
    description: data.summary,
    url: context.pageUrl,
    inLanguage: 'ja',
    isAccessibleForFree: data.fee === 0,
    audience: { '@type': 'Audience', audienceType: data.audience },
    provider: organizer(context),
    offers: { '@type': 'Offer', price: data.fee, priceCurrency: 'JPY', category: data.fee === 0 ? 'Free' : 'Paid' },
    hasCourseInstance: [instance],
  };
}

