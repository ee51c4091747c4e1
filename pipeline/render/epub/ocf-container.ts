import { XML_DECLARATION } from './xml-text';

/** The OCF container's fixed parts: the mimetype (first in the zip, stored) and where the package is. */
export const EPUB_MIMETYPE = 'application/epub+zip';
export const PACKAGE_FOLDER = 'EPUB';
export const PACKAGE_PATH = `${PACKAGE_FOLDER}/package.opf`;

export function buildContainerXml(): string {
  return `${XML_DECLARATION}
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="${PACKAGE_PATH}" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
`;
}
