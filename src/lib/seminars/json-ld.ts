/**
 * schema.org structured data for a session page. Dated sessions are Events (Google's
 * Event requirements: name, startDate with offset, location as Place and/or VirtualLocation);
 * on-demand modules have no start date and are Courses with an online CourseInstance
 * carrying the viewing period, not Events.
 */
import type { SeminarData } from '../../schemas/seminar';
import { toIsoJst } from '../site/dates';
import { registrationStatus, type RegistrationStatus } from './status';
import { statusInputOf } from './sessions';

export interface JsonLdContext {
  /** Absolute URL of the session page. */
  pageUrl: string;
  /** Absolute URL of the session's own image (1,920 px wide, generated at build). */
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

const eventStatuses = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  'moved-online': 'https://schema.org/EventMovedOnline',
} as const;

/** 東京都立川市… → 立川市 (the ward, city, town or village after the prefecture). */
export function addressLocality(address: string): string | undefined {
  return /^東京都(.+?[区市町村])/.exec(address)?.[1];
}

function offerAvailability(status: RegistrationStatus): string {
  switch (status) {
    case 'not-open':
      return 'https://schema.org/PreOrder';
    case 'open':
    case 'closing-soon':
      return 'https://schema.org/InStock';
    case 'few-left':
      return 'https://schema.org/LimitedAvailability';
    case 'waitlist':
      return 'https://schema.org/BackOrder';
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
      address: {
        '@type': 'PostalAddress',
        streetAddress: data.venue.address,
        addressLocality: addressLocality(data.venue.address),
        addressRegion: '東京都',
        postalCode: data.venue.postalCode,
        addressCountry: 'JP',
      },
    });
  }
  // The viewing page, never the registration form; this page itself when the link is sent privately.
  if (data.format === 'online' || data.format === 'hybrid') {
    result.push({ '@type': 'VirtualLocation', url: data.online?.url ?? context.pageUrl });
  }
  return result;
}

function organizer(context: JsonLdContext): JsonLd {
  return { '@type': 'GovernmentOrganization', name: context.organizerName, url: context.organizerUrl };
}

/** The named lecturer, else the organiser (whose staff speak at every session). */
function performer(data: SeminarData, context: JsonLdContext): JsonLd {
  if (!data.lecturer?.name) return organizer(context);
  const person: JsonLd = { '@type': 'Person', name: data.lecturer.name, jobTitle: data.lecturer.role };
  if (data.lecturer.profile) person.description = data.lecturer.profile;
  return person;
}

export function seminarJsonLd(data: SeminarData, context: JsonLdContext): JsonLd {
  if (data.format === 'on-demand' || !data.start) return courseJsonLd(data, context);
  const status = registrationStatus(statusInputOf(data), context.now);
  const closes = data.registration.closes ?? data.start;
  const place = locations(data, context);
  const offer: JsonLd = {
    '@type': 'Offer',
    price: data.fee,
    priceCurrency: 'JPY',
    availability: offerAvailability(status),
    url: data.registration.url ?? context.pageUrl,
  };
  if (data.registration.opens) offer.validFrom = toIsoJst(data.registration.opens);
  offer.validThrough = toIsoJst(closes);
  const event: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: data.title,
    description: data.summary,
    url: context.pageUrl,
    image: [context.imageUrl],
    startDate: toIsoJst(data.start),
    eventAttendanceMode: attendanceMode[data.format],
    eventStatus: eventStatuses[data.lifecycle],
    location: place.length === 1 ? place[0] : place,
    organizer: organizer(context),
    performer: performer(data, context),
    offers: offer,
    inLanguage: 'ja',
    isAccessibleForFree: data.fee === 0,
  };
  if (data.end) event.endDate = toIsoJst(data.end);
  if (data.capacity) event.maximumAttendeeCapacity = data.capacity;
  if (data.previousStart) event.previousStartDate = toIsoJst(data.previousStart);
  return event;
}

/** ISO 8601 duration of the module's video, e.g. PT45M; the programme parts' total where given. */
function workload(data: SeminarData): string | undefined {
  return data.durationMinutes ? `PT${data.durationMinutes}M` : undefined;
}

export function courseJsonLd(data: SeminarData, context: JsonLdContext): JsonLd {
  const instance: JsonLd = {
    '@type': 'CourseInstance',
    courseMode: 'Online',
    courseWorkload: workload(data),
    instructor: [performer(data, context)],
  };
  if (data.availableFrom) instance.startDate = toIsoJst(data.availableFrom);
  if (data.availableUntil) instance.endDate = toIsoJst(data.availableUntil);
  if (data.availableFrom && data.availableUntil) {
    // On demand: any time within the period, which Google's Course guidelines express as a Schedule.
    instance.courseSchedule = {
      '@type': 'Schedule',
      repeatFrequency: 'Daily',
      repeatCount: 1,
      duration: workload(data),
      startDate: toIsoJst(data.availableFrom).slice(0, 10),
      endDate: toIsoJst(data.availableUntil).slice(0, 10),
    };
  }
  if (data.viewingUrl) instance.url = data.viewingUrl;
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: data.title,
    description: data.summary,
    url: context.pageUrl,
    image: [context.imageUrl],
    inLanguage: 'ja',
    isAccessibleForFree: data.fee === 0,
    audience: { '@type': 'Audience', audienceType: data.audience },
    provider: organizer(context),
    offers: { '@type': 'Offer', price: data.fee, priceCurrency: 'JPY', category: data.fee === 0 ? 'Free' : 'Paid' },
    hasCourseInstance: [instance],
  };
}

