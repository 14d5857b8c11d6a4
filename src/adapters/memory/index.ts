export { createMemoryCommitStore } from "../../core/commit/memory-commit-store";
export { createMemoryJournalStore } from "../../core/journal/memory-journal-store";
export { createMemoryApprovals } from "../../core/ports/memory-approvals";
export { createMemoryCatalog } from "../../core/ports/memory-catalog";
export { createMemorySaleStore } from "../../core/ports/memory-sale-store";
