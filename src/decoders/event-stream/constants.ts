/**
 * Layout constants of `application/vnd.amazon.eventstream`
 * (smithy-lang/smithy `docs/source-2.0/aws/amazon-eventstream.rst`, "Message Format" and "Headers Format").
 * All integers on the wire are big-endian.
 */

/** Each prelude field (`total_length`, `headers_length`, `prelude_crc`) is a uint32. */
export const PRELUDE_MEMBER_LENGTH = 4;
/** `total_length` + `headers_length` + `prelude_crc` (botocore `_PRELUDE_LENGTH = 12`). */
export const PRELUDE_LENGTH = PRELUDE_MEMBER_LENGTH * 3;
/** The prelude CRC covers the first 8 bytes: the two length fields. */
export const PRELUDE_CRC_COVERS = PRELUDE_MEMBER_LENGTH * 2;
/** The trailing message CRC. */
export const CHECKSUM_LENGTH = 4;
/** A frame with no headers and no payload: prelude + message CRC. */
export const MINIMUM_MESSAGE_LENGTH = PRELUDE_LENGTH + CHECKSUM_LENGTH;
/** 128 KiB. The spec says services enforce it and clients must not; botocore enforces it anyway (`eventstream.py:22`). */
export const MAX_HEADERS_LENGTH = 128 * 1024;
/** 24 MiB. Same story as {@link MAX_HEADERS_LENGTH} (`eventstream.py:23`). */
export const MAX_PAYLOAD_LENGTH = 24 * 1024 * 1024;
/** Header names are prefixed by a uint8 length, so 255 bytes at most; the spec requires at least 1. */
export const MAX_HEADER_NAME_LENGTH = 255;
/** byte_array and string values are prefixed by a uint16 length. */
export const MAX_HEADER_VALUE_LENGTH = 0xffff;
/** A uuid value is 16 raw bytes (RFC 9562 binary form). */
export const UUID_LENGTH = 16;

/**
 * The ten wire type indicators, in spec order (`HeaderValueType`), with the names botocore's
 * `_HEADER_TYPE_MAP` comments use (`eventstream.py:364-385`).
 */
export const HEADER_TYPE_NAMES = ["boolean_true", "boolean_false", "byte", "short", "integer", "long", "byte_array", "string", "timestamp", "uuid"] as const;

/** A wire type name. */
export type HeaderWireTypeName = (typeof HEADER_TYPE_NAMES)[number];

/** Wire type indicators by name. */
export const HEADER_TYPE = {
  boolean_true: 0,
  boolean_false: 1,
  byte: 2,
  short: 3,
  integer: 4,
  long: 5,
  byte_array: 6,
  string: 7,
  timestamp: 8,
  uuid: 9,
} as const satisfies Record<HeaderWireTypeName, number>;
