/** The occupancy read model (ledger, hourly and daily rollups), its listeners and the figures computed from it. */
@NullMarked
package dev.allot.insight.internal;

import org.jspecify.annotations.NullMarked;
