-- rare-earth.6 funds a training point “按照招收培养的研究生数量”: the amount per graduate is now set by 市教育局 in its review
-- (decided_yuan of a measure-6 application, with its reason), never taken from the application. Applications 教育局
-- had already approved were approved on the amount per graduate they stated: it becomes the amount 教育局 set, so
-- their decision reads as before. Applications still at 教育局's review wait for it to set one.
update re_application
   set decided_yuan = rate_yuan,
       decision_reason = '按申请所填标准核定（教育局审核通过时的标准，平台迁移记录）'
 where measure_no = 6
   and decided_yuan is null
   and rate_yuan is not null
   and status in ('CITY_REVIEW', 'GRANTED', 'DUPLICATE');
