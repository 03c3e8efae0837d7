package cn.gov.baotou.talent.intake.eligibility.control;

/** The work the hire will do; the plan names four (产品研发、工艺改进、流程创新、检验检测, intake.3.1). */
public enum WorkType {
    RESEARCH_DEVELOPMENT,
    PROCESS_IMPROVEMENT,
    PROCESS_INNOVATION,
    INSPECTION_TESTING,
    OTHER;

    public boolean named() {
        return this != OTHER;
    }
}
