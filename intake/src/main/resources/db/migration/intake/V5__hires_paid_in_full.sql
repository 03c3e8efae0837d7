-- A hire used to move to 补贴已拨付 when it was opened after both halves were paid; the ledger now announces it when the
-- second half is paid. Hires paid in full before that and not opened since are moved here, once.
update intake_hire set status = 'SUBSIDY_PAID'
 where status = 'AGREEMENT_SIGNED'
   and grant_id in (select g.id from core_grant g where g.status = 'PAID');
