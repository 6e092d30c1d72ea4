package dev.precis.eval.rouge;

/** Recall, precision and F of one ROUGE measure, rounded to five decimals as ROUGE-1.5.5 prints them. */
public record RougeScore(double recall, double precision, double f) {
    static RougeScore of(double recall, double precision, double alpha) {
        double r = round5(recall);
        double p = round5(precision);
        double denominator = (1 - alpha) * p + alpha * r;
        return new RougeScore(r, p, denominator > 0 ? round5(p * r / denominator) : 0);
    }

    /** Perl's sprintf("%7.5f"), which rounds the binary value half-to-even at the fifth decimal. */
    static double round5(double v) {
        return new java.math.BigDecimal(v)
                .setScale(5, java.math.RoundingMode.HALF_EVEN)
                .doubleValue();
    }
}
