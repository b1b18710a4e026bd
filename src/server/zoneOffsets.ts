/**
 * Gives core the time zone offsets Intl may not have. Google does not document Apps Script's
 * Intl data; it documents `Utilities.formatDate(date, timeZone, format)` with Java's
 * SimpleDateFormat patterns (developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)),
 * so core asks through it only when Intl cannot tell the zone. Registering the source calls
 * no service: Utilities is reached only when core asks.
 */
import { offsetFromZoneText, provideZoneOffsets, ZONE_TEXT_PATTERN } from '../core/zonedDate';

provideZoneOffsets((millis, timeZone) => offsetFromZoneText(millis, Utilities.formatDate(new Date(millis), timeZone, ZONE_TEXT_PATTERN)));
