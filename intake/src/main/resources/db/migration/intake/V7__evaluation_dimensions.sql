-- 年度跟踪评估考核 (intake.6.2) grades what the text names, one by one, beside the overall result of each side:
-- the enterprise's 履行承诺、薪酬待遇、服务保障 and the talent's 履行职责、成果进展、工作业绩. Evaluations recorded before
-- have their overall results only (the dimensions stay empty).
alter table intake_evaluation add column commitments_grade varchar(20);
alter table intake_evaluation add column pay_grade varchar(20);
alter table intake_evaluation add column services_grade varchar(20);
alter table intake_evaluation add column duties_grade varchar(20);
alter table intake_evaluation add column results_grade varchar(20);
alter table intake_evaluation add column performance_grade varchar(20);
alter table intake_evaluation_aud add column commitments_grade varchar(20);
alter table intake_evaluation_aud add column pay_grade varchar(20);
alter table intake_evaluation_aud add column services_grade varchar(20);
alter table intake_evaluation_aud add column duties_grade varchar(20);
alter table intake_evaluation_aud add column results_grade varchar(20);
alter table intake_evaluation_aud add column performance_grade varchar(20);
