package vn.toasoan.sections;

/** A section was created, renamed or moved: every page shows the section navigation. */
public record SectionsChanged() {}
