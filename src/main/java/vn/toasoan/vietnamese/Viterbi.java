package vn.toasoan.vietnamese;

/**
 * The most probable marked sentence for a segment of syllables, under the trigram model: exact Viterbi over pairs
 * of candidates (the state of a trigram model is its last two words).
 */
final class Viterbi {

    private Viterbi() {}

    /** For each position, the chosen candidate id; candidates[i] lists the ids allowed at position i. */
    static int[] best(NgramModel model, int[][] candidates) {
        int n = candidates.length;
        if (n == 0) {
            return new int[0];
        }
        // score[b][c]: best log-probability of a path ending with candidates b (at i-1) and c (at i)
        int[] previous = {NgramModel.START};
        double[][] score = new double[1][];
        int[][][] back = new int[n][][];
        score[0] = new double[candidates[0].length];
        back[0] = new int[1][candidates[0].length];
        for (int c = 0; c < candidates[0].length; c++) {
            int w = candidates[0][c];
            score[0][c] =
                    Math.log(model.trigram(NgramModel.START, NgramModel.START, w, model.bigram(NgramModel.START, w)));
        }
        for (int i = 1; i < n; i++) {
            int[] before = i >= 2 ? candidates[i - 2] : previous;
            int[] last = candidates[i - 1];
            int[] now = candidates[i];
            double[][] next = new double[last.length][now.length];
            back[i] = new int[last.length][now.length];
            for (int b = 0; b < last.length; b++) {
                for (int c = 0; c < now.length; c++) {
                    double bigram = model.bigram(last[b], now[c]);
                    double best = Double.NEGATIVE_INFINITY;
                    int arg = 0;
                    for (int a = 0; a < before.length; a++) {
                        double s = score[a][b];
                        if (s == Double.NEGATIVE_INFINITY) {
                            continue;
                        }
                        double t = s + Math.log(model.trigram(before[a], last[b], now[c], bigram));
                        if (t > best) {
                            best = t;
                            arg = a;
                        }
                    }
                    next[b][c] = best;
                    back[i][b][c] = arg;
                }
            }
            score = next;
        }
        // close the sentence
        int[] before = n >= 2 ? candidates[n - 2] : previous;
        int[] last = candidates[n - 1];
        double best = Double.NEGATIVE_INFINITY;
        int bestA = 0;
        int bestB = 0;
        for (int a = 0; a < before.length; a++) {
            for (int b = 0; b < last.length; b++) {
                double s = score[a][b];
                if (s == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                double t = s
                        + Math.log(model.trigram(
                                before[a], last[b], NgramModel.END, model.bigram(last[b], NgramModel.END)));
                if (t > best) {
                    best = t;
                    bestA = a;
                    bestB = b;
                }
            }
        }
        int[] choice = new int[n];
        choice[n - 1] = bestB;
        if (n >= 2) {
            choice[n - 2] = bestA;
        }
        for (int i = n - 1; i >= 2; i--) {
            choice[i - 2] = back[i][choice[i - 1]][choice[i]];
        }
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = candidates[i][choice[i]];
        }
        return ids;
    }
}
