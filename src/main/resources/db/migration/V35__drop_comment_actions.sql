-- Every moderation action was written twice: here and in the newsroom's audit log, in the same transaction. A
-- comment's history is now read from the audit log alone, which already holds each of these rows.
DROP TABLE comment_actions;
