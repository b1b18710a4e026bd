/**
 * The document's version: a token in the document's properties that every write action
 * changes (each action that writes holds the document lock, see documentLock.ts; restores
 * change it too) and the edit trigger with them. The open sidebar asks for it while it is
 * visible (getDocumentVersion) and redraws its panel when it moved, so a panel never goes on
 * showing what a menu item, a trigger or another user has since changed.
 * Costs: a poll is one getDocumentProperties and one getProperty; a change one
 * getDocumentProperties and one setProperty. Document properties need no scope
 * (https://developers.google.com/apps-script/reference/properties/properties-service).
 */
const VERSION_PROPERTY = 'clientele.documentVersion';

/** After a write: a token no earlier write left (the time, and a random part for two writes in one millisecond). */
export function markDocumentChanged(): void {
  PropertiesService.getDocumentProperties().setProperty(VERSION_PROPERTY, `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`);
}

/** The token of the last write ('' before the first). */
export function documentVersion(): string {
  return PropertiesService.getDocumentProperties().getProperty(VERSION_PROPERTY) ?? '';
}
