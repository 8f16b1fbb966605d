-- Edits to a reader's comment were audited with the text before and after. The text stays in comment_edits, with
-- the comment and erased with it; the audit log and the comment's history only say that an edit happened.
UPDATE audit_log SET details = 'đã sửa nội dung, xem so sánh ở bình luận'
WHERE target_type = 'comment' AND action = 'comment.edit';

UPDATE comment_actions SET details = 'đã sửa nội dung, xem so sánh ở bình luận'
WHERE action = 'comment.edit';
