package org.kyc4j.spi;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kyc4j.api.Page;

/**
 * The document pages located in a request's photos, by page; a page whose document was not found
 * is absent (its locator's finding says why). Immutable.
 *
 * @param cards the located pages
 */
public record DocumentCards(Map<Page, DocumentCard> cards) {
  /** Copies the map and checks that each card sits under its own page. */
  public DocumentCards {
    Map<Page, DocumentCard> copy = new EnumMap<>(Page.class);
    Objects.requireNonNull(cards, "cards").forEach((page, card) -> {
      if (card.page() != page) {
        throw new IllegalArgumentException("card of page " + card.page() + " filed under " + page);
      }
      copy.put(page, card);
    });
    cards = Collections.unmodifiableMap(copy);
  }

  /** Returns the card of {@code page}, if it was located. */
  public Optional<DocumentCard> find(Page page) {
    return Optional.ofNullable(cards.get(page));
  }
}
