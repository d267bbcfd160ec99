/**
 * The fixed vocabularies of the frameworks (kinds of organisation, ratings, importance labels), kept free
 * of zod so that pages can use them without shipping the validation library.
 */
export const orgKinds = ['ministry', 'ministerial_agency', 'government_agency', 'province', 'city'] as const;
export type OrgKind = (typeof orgKinds)[number];

export const questionScopes = ['national', 'organisation'] as const;

/** ODRA importance labels. They guide judgement; they are never turned into numeric weights. */
export const odImportances = ['very_high', 'high', 'medium_high', 'medium'] as const;
export type OdImportance = (typeof odImportances)[number];

/**
 * OD question colours. The mixed ratings sit between their neighbours on the order
 * red < red_yellow < yellow < yellow_green < green; grey (not enough information) and na are off the order.
 */
export const odColours = ['red', 'red_yellow', 'yellow', 'yellow_green', 'green'] as const;
export type OdColour = (typeof odColours)[number];
export const odRatings = [...odColours, 'grey', 'na'] as const;
export type OdRating = (typeof odRatings)[number];
export const odDimensionColours = [...odColours, 'grey'] as const;
export type OdDimensionColour = (typeof odDimensionColours)[number];

export const dgRatings = ['1', '2', '3', '4', 'na', 'dont_know'] as const;
export type DgRating = (typeof dgRatings)[number];
