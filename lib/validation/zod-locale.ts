// Zod's own messages (for checks without a custom one) in French.
import { z } from "zod";

z.config(z.locales.fr());
