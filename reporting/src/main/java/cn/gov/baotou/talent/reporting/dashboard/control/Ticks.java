package cn.gov.baotou.talent.reporting.dashboard.control;

/** A round top for an axis (1, 2 or 5 times a power of ten, at least 5) and the step between its four or five ticks. */
final class Ticks {

    private Ticks() {}

    static double niceMax(double max) {
        if (max <= 5) {
            return 5;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= max) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    static double step(double niceMax) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(niceMax)));
        double lead = niceMax / magnitude;
        if (lead <= 1) {
            return magnitude / 5;
        }
        if (lead <= 2.5) {
            return magnitude / 2;
        }
        return magnitude;
    }
}
